import Cluster
import KubeAPI

/// How `kubectl drain` evicts (`drain.Helper.evictPods`): each pod is asked for through the
/// eviction subresource; one a disruption budget protects is asked for again every 5 seconds
/// until the budget allows it, while the evicted ones are waited for.
extension Drain.Options {
    func evict(_ pods: [KubeObject], context: VerbContext) -> [String]? {
        let cluster = context.lab
        let suffix = dryRun == .server ? " (server dry run)" : ""
        var pending = pods
        var waiting: [KubeObject] = []
        var errors: [String] = []
        let deadline = cluster.now.adding(seconds: Drain.waitLimitSeconds)
        let timeout = timeoutMilliseconds.map { cluster.now.adding(milliseconds: $0) }
        while true {
            var refused: [KubeObject] = []
            for pod in pending {
                let namespace = pod.namespace ?? "default"
                context.io.out("evicting pod \(namespace)/\(pod.name)\(suffix)\n")
                if let timeout, let limit = timeoutMilliseconds, cluster.now >= timeout {
                    let reached = GoDuration.format(milliseconds: limit)
                    errors.append("error when evicting pods/\"\(pod.name)\" -n \"\(namespace)\": global timeout reached: \(reached)")
                    continue
                }
                do {
                    try cluster.evict(namespace: namespace, name: pod.name, gracePeriodSeconds: gracePeriod, dryRun: dryRun == .server)
                    waiting.append(pod)
                } catch where error.code == 404 {
                    continue
                } catch where error.code == 429 {
                    context.io.err("error when evicting pods/\"\(pod.name)\" -n \"\(namespace)\" (will retry after 5s): \(error.message)\n")
                    refused.append(pod)
                } catch {
                    errors.append("error when evicting pods/\"\(pod.name)\" -n \"\(namespace)\": \(error.message)")
                }
            }
            pending = refused
            if dryRun == .server { waiting = [] }
            if pending.isEmpty && waiting.isEmpty { break }
            let retryAt = cluster.now.adding(seconds: Drain.evictionRetrySeconds)
            // Until the next retry (or, with none due, until every evicted pod is gone), say each pod that goes.
            let gone = { (pod: KubeObject) in !cluster.exists(.pods, namespace: pod.namespace, name: pod.name, uid: pod.uid) }
            repeat {
                let limit = pending.isEmpty ? deadline : min(retryAt, deadline)
                let seconds = (limit.milliseconds - cluster.now.milliseconds + 999) / 1000
                if seconds <= 0 { break }
                let someGone = cluster.wait(timeoutSeconds: seconds) { waiting.contains(where: gone) }
                for pod in waiting where gone(pod) { context.io.out("pod/\(pod.name) evicted\n") }
                waiting.removeAll(where: gone)
                if !someGone { break }
            } while !pending.isEmpty || !waiting.isEmpty
            if (pending.isEmpty && waiting.isEmpty) || cluster.now >= deadline { break }
        }
        return errors.isEmpty ? nil : errors
    }
}

extension Drain {
    /// How long drain waits before asking again for a pod its budget protects.
    static let evictionRetrySeconds: Int64 = 5
}
