import KubeAPI

/// The ReplicaSet controller's retry after a refused create: the sync fails and the set goes back
/// on the work queue rate-limited (`DefaultControllerRateLimiter`: 5 ms doubling per failure, at
/// most 1000 s); a sync that succeeds forgets the failures.
///
/// The failure count lives in the wake-up's key (`replicaset-backoff/<ns>/<name>/<failures>`, or
/// `replicationcontroller-backoff/...`),
/// so the retry needs no state beyond the clock's wake-ups.
extension Cluster {
    /// Schedules the next try of a set whose sync just failed.
    func requeueRateLimited(_ rs: KubeObject, _ kind: ReplicaKind) {
        let prefix = Self.backoffPrefix(rs, kind)
        let failures = wakeups.keys(withPrefix: prefix).compactMap { Int($0.dropFirst(prefix.count)) }
            .max() ?? 0
        forgetBackoff(rs, kind)
        var delay = Self.baseDelayMilliseconds
        for _ in 0..<failures where delay < Self.maxDelayMilliseconds { delay *= 2 }
        wake(at: now.adding(milliseconds: min(delay, Self.maxDelayMilliseconds)), for: prefix + String(failures + 1))
    }

    /// Drops a set's pending retry and its failure count (`queue.Forget`).
    func forgetBackoff(_ rs: KubeObject, _ kind: ReplicaKind) {
        let prefix = Self.backoffPrefix(rs, kind)
        for key in wakeups.keys(withPrefix: prefix) { cancelWakeup(for: key) }
    }

    /// The sets due for a sync of their own: after a refused create, a wait for the client's rate
    /// limit, or a wait for pods to become available. A due wake-up of a set that is gone is dropped.
    func replicaSetsDueForRetry(_ kind: ReplicaKind) -> [String] {
        var due: [String] = []
        let keys = [kind.backoffKey, kind.throttleKey, kind.availabilityKey].flatMap { wakeups.due(at: now, prefix: $0 + "/") }
        for (key, _) in keys {
            let path = key.split(separator: "/")
            let retry = path.count == 4 && path[0] == kind.backoffKey
            let waited = path.count == 3 && (path[0] == kind.throttleKey || path[0] == kind.availabilityKey)
            guard retry || waited else { continue }
            if let rs = lookup(kind.type, String(path[1]), String(path[2])) {
                due.append(rs.uid)
            } else {
                cancelWakeup(for: key)
            }
        }
        return due
    }

    private static func backoffPrefix(_ rs: KubeObject, _ kind: ReplicaKind) -> String {
        "\(kind.backoffKey)/\(rs.namespace ?? "")/\(rs.name)/"
    }
    static let baseDelayMilliseconds: Int64 = 5
    static let maxDelayMilliseconds: Int64 = 1000 * 1000
}
