import KubeAPI

/// Times as the CronJob controller prints them in annotations and events.
enum CronFormat {
    /// RFC 3339 in a zone: `2025-04-23T15:26:00+08:00`.
    static func rfc3339(_ time: Timestamp, offset: Int64) -> String {
        let c = CivilTime(secondsSinceEpoch: time.seconds + offset)
        return "\(c.year)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
            + CronTimeZone.rfc3339Suffix(offset)
    }

    /// Go's `time.RFC1123Z` in UTC: `Wed, 23 Apr 2025 07:26:00 +0000`.
    static func rfc1123Z(_ time: Timestamp) -> String { time.rfc1123Z }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
