/// The number syntaxes go-yaml v2 tries on a plain scalar, as Go's strconv accepts them:
/// ParseInt and ParseUint with base 0 (`0x`, `0o`, `0b` prefixes, a leading `0` for octal),
/// YAML's float pattern checked by ParseFloat (which fails on overflow), and `0b` with a sign after it.
public enum GoNumber {
    /// A number as go-yaml's resolver returns it, before any JSON conversion.
    public enum Value: Equatable, Sendable {
        case int(Int64), uint(UInt64), float(Double)
    }

    /// Whether a scalar (its `_` already dropped) reads as an int or a float.
    public static func resolves(_ s: UnsafeBufferPointer<UInt8>) -> Bool { value(s) != nil }

    /// The int or float a scalar (its `_` already dropped) reads as, in go-yaml's order of tries.
    public static func value(_ s: UnsafeBufferPointer<UInt8>) -> Value? {
        if let number = parseInt64(s[...], base: 0) { return .int(number) }
        if let number = parseUInt64(s[...], base: 0) { return .uint(number) }
        if matchesYAMLFloat(s), let number = finiteDouble(s) { return .float(number) }
        if s.starts(with: [UInt8(ascii: "0"), UInt8(ascii: "b")]) {
            if let number = parseInt64(s[2...], base: 2) { return .int(number) }
            return parseUInt64(s[2...], base: 2).map(Value.uint)
        }
        if s.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "0"), UInt8(ascii: "b")]),
            let magnitude = parseUInt64(s[3...], base: 2), magnitude <= 1 << 63
        {
            return .int(magnitude == 1 << 63 ? .min : -Int64(magnitude))
        }
        return nil
    }

    /// ParseInt: an optional sign, then ParseUint's digits within Int64's range.
    private static func parseInt64(_ s: Slice<UnsafeBufferPointer<UInt8>>, base: Int) -> Int64? {
        guard let sign = s.first else { return nil }
        let negative = sign == UInt8(ascii: "-")
        let digits = negative || sign == UInt8(ascii: "+") ? s.dropFirst() : s
        guard let magnitude = parseUInt64(digits, base: base), magnitude <= (negative ? 1 << 63 : UInt64(Int64.max))
        else { return nil }
        if !negative { return Int64(magnitude) }
        return magnitude == 1 << 63 ? .min : -Int64(magnitude)
    }

    /// ParseUint without underscores; base 0 reads the prefix.
    private static func parseUInt64(_ s: Slice<UnsafeBufferPointer<UInt8>>, base: Int) -> UInt64? {
        guard !s.isEmpty else { return nil }
        var digits = s
        var radix = UInt64(base)
        if base == 0 {
            radix = 10
            if s.first == UInt8(ascii: "0") {
                let second = s.count >= 3 ? s[s.startIndex + 1] | 0x20 : 0
                switch second {
                case UInt8(ascii: "b"): radix = 2
                case UInt8(ascii: "o"): radix = 8
                case UInt8(ascii: "x"): radix = 16
                default: radix = 8
                }
                digits = s.dropFirst(radix == 8 && second != UInt8(ascii: "o") ? 1 : 2)
            }
        }
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt64
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt64(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "z"): digit = UInt64(byte - UInt8(ascii: "a")) + 10
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): digit = UInt64(byte - UInt8(ascii: "A")) + 10
            default: return nil
            }
            guard digit < radix else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: radix)
            let (sum, carry) = times.addingReportingOverflow(digit)
            if overflow || carry { return nil }
            value = sum
        }
        return value
    }

    /// go-yaml's `^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`.
    private static func matchesYAMLFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = s.count
        if i < n, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        let integerStart = i
        while i < n, isDigit(s[i]) { i += 1 }
        let integerDigits = i - integerStart
        if i < n, s[i] == UInt8(ascii: ".") {
            i += 1
            let fractionStart = i
            while i < n, isDigit(s[i]) { i += 1 }
            if integerDigits == 0 && i == fractionStart { return false }
        } else if integerDigits == 0 {
            return false
        }
        return exponentEnds(s, at: i, allowingUnderscores: false)
    }

    /// Whether `s` from `i` is empty or an exponent (`e`, a sign, digits) that ends it.
    private static func exponentEnds(_ s: UnsafeBufferPointer<UInt8>, at start: Int, allowingUnderscores: Bool) -> Bool {
        var i = start
        let n = s.count
        guard i < n else { return true }
        guard s[i] | 0x20 == UInt8(ascii: "e") else { return false }
        i += 1
        if i < n, s[i] == UInt8(ascii: "-") || s[i] == UInt8(ascii: "+") { i += 1 }
        guard i < n, isDigit(s[i]) else { return false }
        while i < n, isDigit(s[i]) || allowingUnderscores && s[i] == UInt8(ascii: "_") { i += 1 }
        return i == n
    }

    /// ParseFloat on an unsigned decimal (go-yaml's test for scalars that start with `.`): digits
    /// with one `.`, `_` only between digits, an optional exponent, and no overflow.
    public static func parsesAsFloat(_ s: UnsafeBufferPointer<UInt8>) -> Bool { decimalFloat(s) != nil }

    /// The value of a scalar `parsesAsFloat` accepts.
    public static func decimalFloat(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        var i = 0
        let n = s.count
        var sawDigits = false, sawDot = false
        loop: while i < n {
            switch s[i] {
            case UInt8(ascii: "_"): break
            case UInt8(ascii: "."):
                if sawDot { break loop }
                sawDot = true
            case UInt8(ascii: "0")...UInt8(ascii: "9"): sawDigits = true
            default: break loop
            }
            i += 1
        }
        guard sawDigits, exponentEnds(s, at: i, allowingUnderscores: true), underscoresFitGo(s) else { return nil }
        guard s.contains(UInt8(ascii: "_")) else { return finiteDouble(s) }
        return s.filter { $0 != UInt8(ascii: "_") }.withUnsafeBufferPointer { finiteDouble($0) }
    }

    /// Go's underscoreOK: each `_` between digits.
    private static func underscoresFitGo(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = UInt8(ascii: "^")
        for byte in s {
            if isDigit(byte) {
                previous = UInt8(ascii: "0")
            } else if byte == UInt8(ascii: "_") {
                if previous != UInt8(ascii: "0") { return false }
                previous = byte
            } else {
                if previous == UInt8(ascii: "_") { return false }
                previous = UInt8(ascii: "!")
            }
        }
        return previous != UInt8(ascii: "_")
    }

    /// A float literal's value when it stays finite (ParseFloat fails on overflow).
    private static func finiteDouble(_ s: UnsafeBufferPointer<UInt8>) -> Double? {
        Double(String(decoding: s, as: UTF8.self)).flatMap { $0.isFinite ? $0 : nil }
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
