/// The time zones a CronJob's `spec.timeZone` may name, as fixed offsets from UTC.
///
/// Only zones without daylight saving time are known (the course's `Asia/Taipei` among them),
/// so every offset is exact all year; any other name is refused as Go's `LoadLocation` refuses
/// an unknown zone.
enum CronTimeZone {
    static let offsets: [String: Int64] = [
        "UTC": 0, "Etc/UTC": 0, "Etc/GMT": 0, "GMT": 0, "Etc/Universal": 0, "Universal": 0, "Zulu": 0,
        "Asia/Taipei": 8 * 3600, "ROC": 8 * 3600, "Asia/Shanghai": 8 * 3600, "Asia/Hong_Kong": 8 * 3600,
        "Asia/Singapore": 8 * 3600, "Asia/Manila": 8 * 3600, "Asia/Tokyo": 9 * 3600, "Asia/Seoul": 9 * 3600,
        "Asia/Kolkata": 19800, "Asia/Bangkok": 7 * 3600, "Asia/Jakarta": 7 * 3600, "Asia/Dubai": 4 * 3600,
    ]

    /// Seconds east of UTC, or nil for a zone this cluster does not know (`""` is UTC, as in Go).
    static func offsetSeconds(_ name: String) -> Int64? {
        if name.isEmpty { return 0 }
        if let offset = offsets[name] { return offset }
        // Etc/GMT+8 is eight hours *behind* UTC (POSIX sign convention).
        for (prefix, sign) in [("Etc/GMT+", Int64(-1)), ("Etc/GMT-", Int64(1))] where name.hasPrefix(prefix) {
            if let hours = Int64(name.dropFirst(prefix.count)), (0...14).contains(hours) { return sign * hours * 3600 }
        }
        return nil
    }

    /// An offset as RFC 3339 writes it: `Z`, `+08:00`, `-05:30`.
    static func rfc3339Suffix(_ offset: Int64) -> String {
        if offset == 0 { return "Z" }
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        func two(_ n: Int64) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(sign)\(two(minutes / 60)):\(two(minutes % 60))"
    }
}
