import Cluster
import KubeAPI

/// How `kubectl drain --disable-eviction` deletes (`drain.Helper.deletePods`): a DELETE of each
/// pod in turn, with drain's grace period and server dry run, then one wait for them all
/// (`waitForDelete`): a GET of every pod not yet gone each second, in their order.
extension Drain.Options {
    func delete(_ pods: [KubeObject], context: VerbContext) -> Drain.Outcome {
        let cluster = context.lab
        let serverDryRun = dryRun == .server
        for pod in pods {
            do {
                _ = try context.send(.typedDelete(of: pod, gracePeriod: gracePeriod, dryRun: serverDryRun)) { () throws(APIError) in
                    try cluster.delete(
                        .pods, namespace: pod.namespace, name: pod.name, gracePeriodSeconds: gracePeriod, dryRun: serverDryRun)
                }
            } catch where error.code == 404 {
                // Already gone: kubectl goes on as if deleted.
            } catch {
                return .failed(.server(error))
            }
            Drain.announceStart(pod, evicting: false, suffix: dryRun.suffix, context: context)
        }
        return awaitDeletion(of: pods, context: context)
    }

    /// The wait for deleted pods. With `--timeout` it ends when that passes; without, kubectl
    /// waits until Ctrl-C, which the lab stands for as `UnboundedWait` does: once the pods have
    /// not changed for `GetWatch.quietSeconds` past their deletion time (a server dry run's pods
    /// never go), or after `GetWatch.longestWatch`, it gives up and says nothing more.
    private func awaitDeletion(of pods: [KubeObject], context: VerbContext) -> Drain.Outcome {
        let cluster = context.lab
        let start = cluster.now
        let deadline = timeoutMilliseconds.map { start.adding(milliseconds: $0) }
        var waiting = pods
        var seen: [String: Int] = [:]
        var lastChange = start
        while true {
            let look = cluster.now
            waiting.removeAll { pod in
                guard Drain.isGone(pod, context: context) else { return false }
                context.io.out("pod/\(pod.name) deleted\(dryRun.suffix)\n")
                return true
            }
            if waiting.isEmpty { return .drained }
            // A pod that went or changed starts the quiet minute again.
            let current = versions(of: waiting, in: cluster)
            if current != seen { lastChange = look }
            seen = current
            let limit = deadline ?? quietEnd(waiting, lastChange: lastChange, start: start, cluster: cluster)
            if (context.requestLog?.level ?? 0) < 6 {
                // Unlogged looks find nothing until a pod goes or changes: the clock goes to the first look after.
                let seconds = max(0, limit.milliseconds(since: look) / 1000)
                _ = cluster.wait(timeoutSeconds: seconds) { versions(of: waiting, in: cluster) != seen }
            }
            let elapsed = cluster.now.milliseconds(since: look)
            let next = look.adding(milliseconds: max(1, (elapsed + 999) / 1000) * 1000)
            // The deadline's context is done by the look it falls on; an unbounded wait still looks then.
            if next > limit || (deadline != nil && next == limit) {
                if limit > cluster.now { cluster.advance(to: limit) }
                return deadline == nil ? .interrupted : .failed(.deadlineExceeded)
            }
            cluster.advance(to: next)
        }
    }

    /// When an unbounded wait gives up: a quiet minute after the last change or the latest
    /// deletion time of the pods still there, and no later than the longest watch.
    private func quietEnd(_ pods: [KubeObject], lastChange: Timestamp, start: Timestamp, cluster: Cluster) -> Timestamp {
        let deletions = pods.compactMap { try? cluster.get(.pods, namespace: $0.namespace, name: $0.name).deletionTimestamp }
        let quietStart = max(lastChange, deletions.max() ?? lastChange)
        return min(quietStart.adding(seconds: GetWatch.quietSeconds), start.adding(seconds: GetWatch.longestWatch))
    }

    /// Each waiting pod's resource version, by UID (a pod gone or replaced by another of its name is absent).
    private func versions(of pods: [KubeObject], in cluster: Cluster) -> [String: Int] {
        var versions: [String: Int] = [:]
        for pod in pods {
            guard let found = try? cluster.get(.pods, namespace: pod.namespace, name: pod.name), found.uid == pod.uid else { continue }
            versions[pod.uid] = found.resourceVersion
        }
        return versions
    }
}
