import KubeAPI

/// Whether a plain scalar would read back as something other than a string, decided on the bytes
/// as go-yaml v2 decides it: a table of words, then, for scalars that start with a digit or a sign,
/// a timestamp, Go's integer syntax (with `_` dropped), YAML's float syntax, and base-60 numbers.
extension YAMLPrinter {
    static func resolvesToNonString(_ s: String) -> Bool { withUTF8(s) { resolvesToNonString($0) } }

    static func resolvesToNonString(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }  // "" reads as null
        switch first {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"):
            if bytes.count <= 5, isWord(bytes) { return true }
            return GoTimestamp.parses(bytes) || numberResolves(bytes) || isBase60Float(bytes)
        case UInt8(ascii: "."):
            return bytes.count <= 5 && isWord(bytes) || GoNumber.parsesAsFloat(bytes)
        case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
            UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"), UInt8(ascii: "~"):
            return bytes.count <= 5 && isWord(bytes)
        default:
            // Anything else is a string, "<<" included: go-yaml looks words up only after these first bytes.
            return false
        }
    }

    /// An integer or float once every `_` is dropped (Go's ParseInt, ParseUint, YAML's float pattern).
    private static func numberResolves(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.contains(UInt8(ascii: "_")) else { return GoNumber.resolves(bytes) }
        let plain = bytes.filter { $0 != UInt8(ascii: "_") }
        return plain.withUnsafeBufferPointer { GoNumber.resolves($0) }
    }

    /// The null, boolean and special float words (five bytes at most), compared as numbers.
    private static func isWord(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard bytes.count <= 5 else { return false }
        let packed = packedWord(bytes)
        return words.withUnsafeBufferPointer { $0.contains(packed) }
    }

    /// Up to seven bytes and their count in one number.
    private static func packedWord<C: Collection<UInt8>>(_ bytes: C) -> UInt64 {
        bytes.reduce(0) { $0 << 8 | UInt64($1) } | UInt64(bytes.count) << 56
    }

    private static let words: [UInt64] = [
        "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON", "n", "N", "no", "No", "NO",
        "false", "False", "FALSE", "off", "Off", "OFF", "~", "null", "Null", "NULL", ".nan", ".NaN", ".NAN",
        ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF", "-.inf", "-.Inf", "-.INF",
    ].map { packedWord($0.utf8) }

    /// YAML 1.1's sexagesimal numbers (`1:20`, `-190:20:30.15`), which go-yaml still quotes:
    /// a sign, digits, then `:` groups of one or two digits below 60, then an optional fraction.
    static func isBase60Float(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        if i < n, bytes[i] == UInt8(ascii: "-") || bytes[i] == UInt8(ascii: "+") { i += 1 }
        guard i < n, isDigit(bytes[i]) else { return false }
        i += 1
        while i < n, isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") { i += 1 }
        var groups = 0
        while i < n, bytes[i] == UInt8(ascii: ":") {
            i += 1
            guard i < n, isDigit(bytes[i]) else { return false }
            if i + 1 < n, bytes[i] <= UInt8(ascii: "5"), isDigit(bytes[i + 1]) { i += 2 } else { i += 1 }
            groups += 1
        }
        guard groups > 0 else { return false }
        if i < n, bytes[i] == UInt8(ascii: ".") {
            i += 1
            while i < n, isDigit(bytes[i]) || bytes[i] == UInt8(ascii: "_") { i += 1 }
        }
        return i == n
    }

    static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
}
