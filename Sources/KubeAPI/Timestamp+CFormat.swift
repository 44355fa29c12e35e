extension Timestamp {
    private static let shortWeekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let longWeekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    private static let shortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    private static let longMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// This moment in UTC, laid out as C's `strftime` (and `date +FORMAT`) would in the C locale.
    ///
    /// `%3N`, `%6N` and `%9N` (GNU date's) give the fraction of the second; the clock keeps milliseconds.
    public func cFormat(_ format: String) -> String {
        let c = CivilTime(secondsSinceEpoch: seconds)
        let fraction = Int(milliseconds - seconds * 1000)
        var out = ""
        var chars = Array(format)[...]
        while let char = chars.popFirst() {
            guard char == "%", let next = chars.popFirst() else {
                out.append(char)
                continue
            }
            if next.isNumber, chars.first == "N" {
                chars.removeFirst()
                out += Self.fraction(fraction, digits: Int(String(next)) ?? 9)
                continue
            }
            out += field(next, c, fraction) ?? "%\(next)"
        }
        return out
    }

    private func field(_ code: Character, _ c: CivilTime, _ fraction: Int) -> String? {
        let dayOfYear = CivilTime.daysFromCivil(year: c.year, month: c.month, day: c.day)
            - CivilTime.daysFromCivil(year: c.year, month: 1, day: 1) + 1
        switch code {
        case "a": return Self.shortWeekdays[c.weekday]
        case "A": return Self.longWeekdays[c.weekday]
        case "b", "h": return Self.shortMonths[c.month - 1]
        case "B": return Self.longMonths[c.month - 1]
        case "d": return pad(c.day)
        case "e": return c.day < 10 ? " \(c.day)" : "\(c.day)"
        case "H": return pad(c.hour)
        case "I": return pad(c.hour % 12 == 0 ? 12 : c.hour % 12)
        case "p": return c.hour < 12 ? "AM" : "PM"
        case "M": return pad(c.minute)
        case "S": return pad(c.second)
        case "Y": return "\(c.year)"
        case "y": return pad(c.year % 100)
        case "m": return pad(c.month)
        case "j": return String(repeating: "0", count: dayOfYear < 10 ? 2 : dayOfYear < 100 ? 1 : 0) + "\(dayOfYear)"
        case "Z": return "UTC"
        case "z": return "+0000"
        case "s": return "\(seconds)"
        case "u": return "\(c.weekday == 0 ? 7 : c.weekday)"
        case "w": return "\(c.weekday)"
        case "N": return Self.fraction(fraction, digits: 9)
        case "T": return "\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))"
        case "R": return "\(pad(c.hour)):\(pad(c.minute))"
        case "F": return "\(c.year)-\(pad(c.month))-\(pad(c.day))"
        case "D": return "\(pad(c.month))/\(pad(c.day))/\(pad(c.year % 100))"
        case "c": return cFormat("%a %b %e %H:%M:%S %Y")
        case "n": return "\n"
        case "t": return "\t"
        case "%": return "%"
        default: return nil
        }
    }

    /// Milliseconds as the first `digits` digits of a nine-digit fraction.
    private static func fraction(_ milliseconds: Int, digits: Int) -> String {
        let text = String(String(milliseconds + 1000).dropFirst()) + "000000"
        return String(text.prefix(max(1, min(9, digits))))
    }

    /// The kubelet's log timestamp: RFC 3339 with nine fraction digits (`2025-04-23T07:25:00.123000000Z`).
    public var rfc3339NanoFixed: String { cFormat("%Y-%m-%dT%H:%M:%S.%9NZ") }
}
