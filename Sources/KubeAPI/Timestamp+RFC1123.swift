extension Timestamp {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Go's `time.RFC1123Z` in UTC: `Wed, 23 Apr 2025 07:26:00 +0000`.
    public var rfc1123Z: String {
        let c = CivilTime(secondsSinceEpoch: seconds)
        return "\(Self.weekdays[c.weekday]), \(pad(c.day)) \(Self.months[c.month - 1]) \(c.year) "
            + "\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second)) +0000"
    }
}
