extension Timestamp {
    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Go's `time.RFC1123Z` in UTC: `Wed, 23 Apr 2025 07:26:00 +0000`, the year padded to four
    /// digits as Go pads it. Built as bytes: describe prints one per container state and condition.
    public var rfc1123Z: String {
        let c = CivilTime(secondsSinceEpoch: seconds)
        var text: [UInt8] = []
        text.reserveCapacity(32)
        func twoDigits(_ n: Int, then separator: Unicode.Scalar) {
            text.append(UInt8(ascii: "0") + UInt8(n / 10 % 10))
            text.append(UInt8(ascii: "0") + UInt8(n % 10))
            text.append(UInt8(ascii: separator))
        }
        text += Self.weekdays[c.weekday].utf8
        text += ", ".utf8
        twoDigits(c.day, then: " ")
        text += Self.months[c.month - 1].utf8
        text.append(UInt8(ascii: " "))
        if c.year < 0 { text.append(UInt8(ascii: "-")) }
        let year = String(c.year.magnitude)
        text += repeatElement(UInt8(ascii: "0"), count: max(0, 4 - year.count))
        text += year.utf8
        text.append(UInt8(ascii: " "))
        twoDigits(c.hour, then: ":")
        twoDigits(c.minute, then: ":")
        twoDigits(c.second, then: " ")
        text += "+0000".utf8
        return String(decoding: text, as: UTF8.self)
    }
}
