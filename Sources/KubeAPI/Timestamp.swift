/// A point in (virtual) time with millisecond precision, printed as the API prints times.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Milliseconds since 1970-01-01T00:00:00Z.
    public var milliseconds: Int64

    public init(milliseconds: Int64) { self.milliseconds = milliseconds }
    public init(seconds: Int64) { self.milliseconds = seconds * 1000 }

    public var seconds: Int64 { milliseconds.floorDivided(by: 1000) }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { a.milliseconds < b.milliseconds }

    public func adding(seconds: Int64) -> Timestamp { Timestamp(milliseconds: milliseconds + seconds * 1000) }
    public func adding(milliseconds delta: Int64) -> Timestamp { Timestamp(milliseconds: milliseconds + delta) }

    /// The time elapsed from `earlier` to this one, in milliseconds.
    public func milliseconds(since earlier: Timestamp) -> Int64 { milliseconds - earlier.milliseconds }

    /// RFC 3339 in UTC with whole seconds, as in `creationTimestamp: "2025-04-21T09:00:00Z"`.
    public var rfc3339: String {
        let c = CivilTime(secondsSinceEpoch: seconds)
        // Go pads years to four digits; it cannot write years past 9999 in JSON at all.
        guard (0...9999).contains(c.year) else {
            return "\(c.year)-\(pad(c.month))-\(pad(c.day))T\(pad(c.hour)):\(pad(c.minute)):\(pad(c.second))Z"
        }
        // Written byte by byte: API objects carry many times, and this runs for each.
        return String(unsafeUninitializedCapacity: 20) { out in
            func put(_ value: Int, at index: Int, digits: Int) {
                var rest = value
                for i in stride(from: index + digits - 1, through: index, by: -1) {
                    out[i] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(c.year, at: 0, digits: 4)
            put(c.month, at: 5, digits: 2)
            put(c.day, at: 8, digits: 2)
            put(c.hour, at: 11, digits: 2)
            put(c.minute, at: 14, digits: 2)
            put(c.second, at: 17, digits: 2)
            for (index, separator) in [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "Z")] as [(Int, Unicode.Scalar)] {
                out[index] = UInt8(ascii: separator)
            }
            return 20
        }
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (UTC only, the form the API stores).
    public init?(rfc3339 text: String) {
        var text = text
        guard let parsed = text.withUTF8({ Timestamp(rfc3339Bytes: $0) }) else { return nil }
        self = parsed
    }

    private init?(rfc3339Bytes bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                guard bytes[i] >= 48 && bytes[i] <= 57 else { return nil }
                value = value * 10 + Int(bytes[i] - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19)
        else { return nil }
        var millis: Int64 = 0
        if bytes[19] == UInt8(ascii: "."), let fraction = number(20..<min(23, bytes.count - 1)) {
            millis = Int64(fraction) * Int64([100, 10, 1][min(2, bytes.count - 1 - 20 - 1)])
        }
        let days = CivilTime.daysFromCivil(year: year, month: month, day: day)
        let secs = Int64(days) * 86400 + Int64(hour * 3600 + minute * 60 + second)
        self.milliseconds = secs * 1000 + millis
    }
}

/// A calendar date and time of day in UTC, from proleptic Gregorian arithmetic.
public struct CivilTime: Sendable, Equatable {
    public var year, month, day, hour, minute, second: Int
    /// 0 = Sunday.
    public var weekday: Int

    public init(secondsSinceEpoch: Int64) {
        let days = Int(secondsSinceEpoch.floorDivided(by: 86400))
        let rest = Int(secondsSinceEpoch - Int64(days) * 86400)
        (year, month, day) = CivilTime.civil(fromDays: days)
        hour = rest / 3600
        minute = rest % 3600 / 60
        second = rest % 60
        weekday = ((days % 7) + 11) % 7
    }

    /// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
    public static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(fromDays z0: Int) -> (Int, Int, Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

extension Int64 {
    func floorDivided(by d: Int64) -> Int64 {
        let q = self / d
        return (self % d != 0 && (self < 0) != (d < 0)) ? q - 1 : q
    }
}
