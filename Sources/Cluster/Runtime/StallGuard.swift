import KubeAPI

/// Keeps time moving when a wake-up stays due that no loop acts on (its owner is gone): after
/// several passes at one moment that wrote nothing yet left a wake-up due, the due ones are dropped
/// rather than taken again forever.
struct StallGuard {
    private var moment: Timestamp?
    private var idlePasses = 0
    static let limit = 10

    /// Whether the passes at `now` are stuck: nothing written, a wake-up still due, too often.
    mutating func isStuck(at now: Timestamp, wrote: Bool, stillDue: Bool) -> Bool {
        if moment != now || wrote || !stillDue {
            moment = now
            idlePasses = wrote || !stillDue ? 0 : 1
            return false
        }
        idlePasses += 1
        return idlePasses >= Self.limit
    }
}
