import KubeAPI

/// Times as the CronJob controller prints them in annotations and events.
enum CronFormat {
    static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// RFC 3339 in a zone: `2025-04-23T15:26:00+08:00`.
    static func rfc3339(_ time: Timestamp, offset: Int64) -> String {
        let c = CivilTime(secondsSinceEpoch: time.seconds + offset)
        return "\(c.year)-\(two(c.month))-\(two(c.day))T\(two(c.hour)):\(two(c.minute)):\(two(c.second))"
            + CronTimeZone.rfc3339Suffix(offset)
    }

    /// Go's `time.RFC1123Z` in UTC: `Wed, 23 Apr 2025 07:26:00 +0000`.
    static func rfc1123Z(_ time: Timestamp) -> String {
        let c = CivilTime(secondsSinceEpoch: time.seconds)
        return
            "\(weekdays[c.weekday]), \(two(c.day)) \(months[c.month - 1]) \(c.year) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
