import KubeAPI

/// metav1.MicroTime: an instant to the microsecond, as the API writes it
/// (`2025-04-23T07:24:58.481526Z`). Leases and some events carry them.
struct MicroTime: Sendable, Comparable {
    var microseconds: Int64

    init(microseconds: Int64) { self.microseconds = microseconds }
    init(_ time: Timestamp) { microseconds = time.milliseconds * 1000 }

    var timestamp: Timestamp { Timestamp(milliseconds: microseconds / 1000) }

    var text: String {
        let seconds = microseconds / 1_000_000
        let fraction = String(microseconds - seconds * 1_000_000).leftPadded(to: 6)
        return String(Timestamp(seconds: seconds).rfc3339.dropLast()) + ".\(fraction)Z"
    }

    static func < (a: MicroTime, b: MicroTime) -> Bool { a.microseconds < b.microseconds }

    /// A fixed offset below `limit` microseconds drawn from `key` (FNV-1a), so each lease's
    /// holder renews at its own fraction of a second, the same in every run.
    static func offset(for key: String, below limit: Int64) -> Int64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return Int64(hash % UInt64(limit))
    }
}
