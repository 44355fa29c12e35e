import KubeAPI

/// The DaemonSet controller's back-off on deleting failed daemon pods, per set, generation and node.
///
/// It is `failedPodsBackoff`, a client-go `flowcontrol.Backoff` of 1 s doubling to 15 min. An entry
/// not updated for twice the maximum starts over; the controller manager forgets every entry when
/// it restarts.
struct FailedPodsBackoff: Sendable {
    static let initialMilliseconds: Int64 = 1000
    static let maximumMilliseconds: Int64 = 15 * 60 * 1000

    private var entries: [String: (delay: Int64, lastUpdate: Timestamp)] = [:]

    /// `failedPodsBackoffKey`: the set's UID, its observed generation and the node.
    static func key(_ ds: KubeObject, node: String) -> String {
        "\(ds.uid)/\(ds[path: "status.observedGeneration"].int ?? 0)/\(node)"
    }

    /// `IsInBackOffSinceUpdate`: whether less than the current delay has passed since the last `next`.
    func isInBackOff(_ key: String, now: Timestamp) -> Bool {
        guard let entry = entries[key], !Self.hasExpired(entry.lastUpdate, now: now) else { return false }
        return now.milliseconds - entry.lastUpdate.milliseconds < entry.delay
    }

    /// The current delay of `key`, in milliseconds (`Get`).
    func delay(_ key: String) -> Int64 { entries[key]?.delay ?? 0 }

    /// `Next`: the first delay for a new or expired entry, else twice the last, up to the maximum.
    mutating func next(_ key: String, now: Timestamp) {
        var delay = Self.initialMilliseconds
        if let entry = entries[key], !Self.hasExpired(entry.lastUpdate, now: now) {
            delay = min(entry.delay * 2, Self.maximumMilliseconds)
        }
        entries[key] = (delay, now)
    }

    private static func hasExpired(_ lastUpdate: Timestamp, now: Timestamp) -> Bool {
        now.milliseconds - lastUpdate.milliseconds > 2 * maximumMilliseconds
    }
}
