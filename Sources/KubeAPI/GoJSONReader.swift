/// A cursor over valid JSON text that reads object keys as Go's `encoding/json` unquotes them
/// and steps over values; what reads a document's keys as sent (repeats and all) builds on it.
struct GoJSONReader {
    let bytes: [UInt8]
    var index = 0

    init(_ text: String) { bytes = Array(text.utf8) }

    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
        while let byte = peek, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    /// Steps over a number or literal (`true`, `false`, `null`).
    mutating func skipScalar() {
        while let byte = peek, !(byte == UInt8(ascii: ",") || byte == UInt8(ascii: "}") || byte == UInt8(ascii: "]")),
            !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D)
        {
            index += 1
        }
    }

    /// Steps over one whole value and the space after it.
    mutating func skipValue() {
        switch peek {
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            index += 1
            skipSpace()
            while let byte = peek, byte != UInt8(ascii: "}") && byte != UInt8(ascii: "]") {
                skipValue()
                if peek == UInt8(ascii: ":") || peek == UInt8(ascii: ",") {
                    index += 1
                    skipSpace()
                }
            }
            index += 1
        case UInt8(ascii: "\""): _ = string()
        default: skipScalar()
        }
        skipSpace()
    }

    /// Steps over `separator` (the `:` after a key, the `,` between members or items) and the
    /// space around it; false when it is not next.
    mutating func skip(_ separator: Character) -> Bool {
        skipSpace()
        guard let byte = separator.asciiValue, peek == byte else { return false }
        index += 1
        skipSpace()
        return true
    }

    /// A string literal, unquoted as encoding/json unquotes it.
    mutating func string() -> String {
        index += 1
        var scalars = String.UnicodeScalarView()
        var run = index
        while let byte = peek, byte != UInt8(ascii: "\"") {
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                index += 1
                continue
            }
            scalars.append(contentsOf: String(decoding: bytes[run..<index], as: UTF8.self).unicodeScalars)
            let escaped = bytes[index + 1]
            index += 2
            switch escaped {
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"): scalars.append(unicodeEscape())
            default: scalars.append(Unicode.Scalar(escaped))
            }
            run = index
        }
        scalars.append(contentsOf: String(decoding: bytes[run..<min(index, bytes.count)], as: UTF8.self).unicodeScalars)
        index += 1
        return String(scalars)
    }

    /// The character of a `\u` escape whose `\u` was read: a surrogate pair is one character,
    /// any other surrogate U+FFFD (the second escape then read on its own).
    private mutating func unicodeEscape() -> Unicode.Scalar {
        let replacement: Unicode.Scalar = "\u{FFFD}"
        guard let first = hex4() else { return replacement }
        guard (0xD800..<0xE000).contains(first) else { return Unicode.Scalar(first) ?? replacement }
        guard first < 0xDC00, index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
            bytes[index + 1] == UInt8(ascii: "u")
        else { return replacement }
        let start = index
        index += 2
        if let second = hex4(), (0xDC00..<0xE000).contains(second) {
            return Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)) ?? replacement
        }
        index = start
        return replacement
    }

    private mutating func hex4() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            guard let digit = Character(Unicode.Scalar(byte)).hexDigitValue else { return nil }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }
}
