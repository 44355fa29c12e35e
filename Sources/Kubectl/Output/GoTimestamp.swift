/// The timestamps go-yaml v2 recognizes in a plain scalar: what Go's time.Parse accepts for the
/// layouts `2006-1-2T15:4:5.999999999Z07:00` (also with `t`), `2006-1-2 15:4:5.999999999` and `2006-1-2`.
enum GoTimestamp {
    static func parses(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        // A four-digit year and a dash, as go-yaml checks before trying any layout.
        guard s.count >= 5, (0..<4).allSatisfy({ YAMLPrinter.isDigit(s[$0]) }), s[4] == UInt8(ascii: "-") else { return false }
        var i = 5
        guard let month = number(s, &i), (1...12).contains(month), expect(s, &i, "-"), let day = number(s, &i) else {
            return false
        }
        let year = (0..<4).reduce(0) { $0 * 10 + Int(s[$1] - UInt8(ascii: "0")) }
        guard day >= 1, day <= days(inMonth: month, year: year) else { return false }
        guard i < s.count else { return true }
        let separator = s[i]
        i += 1
        switch separator {
        case UInt8(ascii: "T"), UInt8(ascii: "t"):
            return clockEnds(s, &i) && zoneEnds(s, i)
        case UInt8(ascii: " "):
            // A space in a Go layout matches any run of spaces.
            while i < s.count, s[i] == UInt8(ascii: " ") { i += 1 }
            return clockEnds(s, &i) && i == s.count
        default:
            return false
        }
    }

    /// `15:4:5` with an optional fraction after `.` or `,`, each field one or two digits in range.
    private static func clockEnds(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Bool {
        guard let hour = number(s, &i), hour < 24, expect(s, &i, ":"),
            let minute = number(s, &i), minute < 60, expect(s, &i, ":"),
            let second = number(s, &i), second < 60
        else { return false }
        if i + 1 < s.count, s[i] == UInt8(ascii: ".") || s[i] == UInt8(ascii: ","), YAMLPrinter.isDigit(s[i + 1]) {
            i += 1
            while i < s.count, YAMLPrinter.isDigit(s[i]) { i += 1 }
        }
        return true
    }

    /// `Z07:00`: a `Z`, or a sign and `hh:mm` (hours to 24, minutes to 60), ending the scalar.
    private static func zoneEnds(_ s: UnsafeBufferPointer<UInt8>, _ start: Int) -> Bool {
        let rest = s.count - start
        if rest == 1 { return s[start] == UInt8(ascii: "Z") }
        guard rest == 6, s[start] == UInt8(ascii: "+") || s[start] == UInt8(ascii: "-"), s[start + 3] == UInt8(ascii: ":"),
            [1, 2, 4, 5].allSatisfy({ YAMLPrinter.isDigit(s[start + $0]) })
        else { return false }
        let hours = Int(s[start + 1] - 48) * 10 + Int(s[start + 2] - 48)
        let minutes = Int(s[start + 4] - 48) * 10 + Int(s[start + 5] - 48)
        return hours <= 24 && minutes <= 60
    }

    /// One or two digits, as Go's getnum reads a field that is not zero-padded.
    private static func number(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int) -> Int? {
        guard i < s.count, YAMLPrinter.isDigit(s[i]) else { return nil }
        var value = Int(s[i] - UInt8(ascii: "0"))
        i += 1
        if i < s.count, YAMLPrinter.isDigit(s[i]) {
            value = value * 10 + Int(s[i] - UInt8(ascii: "0"))
            i += 1
        }
        return value
    }

    private static func expect(_ s: UnsafeBufferPointer<UInt8>, _ i: inout Int, _ byte: Unicode.Scalar) -> Bool {
        guard i < s.count, s[i] == UInt8(ascii: byte) else { return false }
        i += 1
        return true
    }

    private static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
