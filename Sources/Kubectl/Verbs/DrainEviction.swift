import Cluster
import KubeAPI

/// How `kubectl drain` evicts (`drain.Helper.evictPods`): each pod in its own goroutine, asked
/// for through the eviction subresource, again 5 seconds after a disruption budget refused it,
/// and once evicted looked for every second until it is gone (`waitForDelete`). The goroutines
/// run side by side; the lab takes their turns in the pods' order, one virtual second at a time.
extension Drain.Options {
    /// One pod's goroutine: when it next acts, and whether it is evicting or waiting.
    private struct PodTurn {
        var pod: KubeObject
        var due: Timestamp
        var evicted = false
        var done = false
    }

    func evict(_ pods: [KubeObject], context: VerbContext) -> [String]? {
        let cluster = context.lab
        let deadline = cluster.now.adding(seconds: Drain.waitLimitSeconds)
        let timeout = timeoutMilliseconds.map { cluster.now.adding(milliseconds: $0) }
        var turns = pods.map { PodTurn(pod: $0, due: cluster.now) }
        var errors: [String] = []
        while let due = nextDue(turns, context: context), due <= deadline {
            if due > cluster.now { cluster.advance(to: due) }
            for index in turns.indices where !turns[index].done && turns[index].due <= cluster.now {
                if !turns[index].evicted {
                    if let error = evictOnce(&turns[index], timeout: timeout, context: context) { errors.append(error) }
                }
                if turns[index].evicted && !turns[index].done { poll(&turns[index], context: context) }
            }
        }
        return errors.isEmpty ? nil : errors
    }

    /// When the next goroutine acts. A waiting one asks every second; when those asks are not
    /// logged, the clock goes straight to the first ask that finds its pod gone.
    private func nextDue(_ turns: [PodTurn], context: VerbContext) -> Timestamp? {
        let open = turns.filter { !$0.done }
        guard let first = open.map(\.due).min() else { return nil }
        let waiting = open.filter(\.evicted)
        guard !waiting.isEmpty, (context.requestLog?.level ?? 0) < 6 else { return first }
        let cluster = context.lab
        let retry = open.filter { !$0.evicted }.map(\.due).min()
        let limit = min(retry ?? cluster.now.adding(seconds: Drain.waitLimitSeconds), cluster.now.adding(seconds: Drain.waitLimitSeconds))
        let gone = { (pod: KubeObject) in !cluster.exists(.pods, namespace: pod.namespace, name: pod.name, uid: pod.uid) }
        let seconds = max(1, (limit.milliseconds - cluster.now.milliseconds + 999) / 1000)
        guard cluster.wait(timeoutSeconds: seconds, until: { waiting.contains { gone($0.pod) } }) else { return retry ?? limit }
        // The first of the waiting goroutines' seconds at or after the moment one went.
        let ticks = waiting.map { turn in
            let late = max(0, cluster.now.milliseconds - turn.due.milliseconds)
            return turn.due.adding(milliseconds: (late + 999) / 1000 * 1000)
        }
        return min(ticks.min() ?? first, retry ?? limit)
    }

    /// Asks once for the turn's pod to be evicted; returns the error that ends its goroutine.
    private func evictOnce(_ turn: inout PodTurn, timeout: Timestamp?, context: VerbContext) -> String? {
        let cluster = context.lab
        let pod = turn.pod
        let namespace = pod.namespace ?? "default"
        if dryRun == .server {
            context.io.out("evicting pod \(namespace)/\(pod.name) (server dry run)\n")
        } else {
            Drain.announceStart(pod, evicting: true, context: context)
            context.io.out("evicting pod \(namespace)/\(pod.name)\n")
        }
        if let timeout, let limit = timeoutMilliseconds, cluster.now >= timeout {
            turn.done = true
            let reached = GoDuration.format(milliseconds: limit)
            return "error when evicting pods/\"\(pod.name)\" -n \"\(namespace)\": global timeout reached: \(reached)"
        }
        let request = ServerRequest.eviction(of: pod, gracePeriod: gracePeriod, dryRun: dryRun == .server)
        do {
            try context.send(request, source: "eviction_expansion.go:38") { () throws(APIError) in
                try cluster.evict(namespace: namespace, name: pod.name, gracePeriodSeconds: gracePeriod, dryRun: dryRun == .server)
            }
            turn.evicted = true
            turn.done = dryRun == .server
        } catch where error.code == 404 {
            turn.done = true
        } catch where error.code == 429 {
            context.io.err("error when evicting pods/\"\(pod.name)\" -n \"\(namespace)\" (will retry after 5s): \(error.message)\n")
            turn.due = cluster.now.adding(seconds: Drain.evictionRetrySeconds)
        } catch {
            turn.done = true
            return "error when evicting pods/\"\(pod.name)\" -n \"\(namespace)\": \(error.message)"
        }
        return nil
    }

    /// One of `waitForDelete`'s looks at an evicted pod: gone, or asked about again a second later.
    private func poll(_ turn: inout PodTurn, context: VerbContext) {
        if Drain.isGone(turn.pod, context: context) {
            context.io.out("pod/\(turn.pod.name) evicted\n")
            turn.done = true
        } else {
            turn.due = context.lab.now.adding(seconds: 1)
        }
    }
}

extension Drain {
    /// How long drain waits before asking again for a pod its budget protects.
    static let evictionRetrySeconds: Int64 = 5
}
