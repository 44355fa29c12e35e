/// A JSON manifest read as Go's `encoding/json` reads it. kubectl decodes a stream that starts
/// with `{` as JSON, where a UTF-16 surrogate pair such as `\ud83d\ude00` is one character, a
/// lone surrogate is U+FFFD, and DEL, C1 controls and U+FFFE/U+FFFF may appear raw in strings;
/// the YAML reader refuses all of these. Rewriting them as YAML escapes lets the one YAML reader
/// read JSON as Go's does.
extension YAMLDecoding {
    /// Whether kubectl's `YAMLOrJSONDecoder` reads the text as JSON: `{` after leading whitespace.
    static func hasJSONPrefix(_ text: String) -> Bool {
        text.utf8.first { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D) } == UInt8(ascii: "{")
    }

    /// The text with each surrogate `\u` escape replaced by the `\U` escape of what Go decodes,
    /// and each character the YAML reader refuses by its `\u` escape.
    static func goJSONEscapes(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            // C0 controls stay raw: Go refuses them in a string literal too.
            if isYAMLReadable(scalar.value) || scalar.value < 0x20 {
                escaped.unicodeScalars.append(scalar)
            } else {
                let digits = String(scalar.value, radix: 16)
                escaped += "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
            }
        }
        let bytes = Array(escaped.utf8)
        guard bytes.contains(UInt8(ascii: "\\")) else { return escaped }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "\\"), i + 1 < bytes.count else {
                out.append(bytes[i])
                i += 1
                continue
            }
            guard let unit = hex4(bytes, at: i), (0xD800...0xDFFF).contains(unit) else {
                // Any other escape, `\\` included, is copied whole so its second byte is not re-read.
                out.append(contentsOf: bytes[i...i + 1])
                i += 2
                continue
            }
            var scalar: UInt32 = 0xFFFD
            var length = 6
            if unit < 0xDC00, let low = hex4(bytes, at: i + 6), (0xDC00...0xDFFF).contains(low) {
                scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                length = 12
            }
            let digits = String(scalar, radix: 16)
            out.append(contentsOf: Array("\\U\(String(repeating: "0", count: 8 - digits.count))\(digits)".utf8))
            i += length
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the YAML reader (go-yaml's and libyaml's `update_buffer`) accepts the character.
    static func isYAMLReadable(_ value: UInt32) -> Bool {
        switch value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x85, 0xA0...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }

    /// The value of `\uXXXX` at `index`, if that is what is there.
    private static func hex4(_ bytes: [UInt8], at index: Int) -> UInt32? {
        guard index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
            return nil
        }
        let digits = bytes[index + 2...index + 5]
        guard digits.allSatisfy({ UInt8(ascii: "0")...UInt8(ascii: "9") ~= $0 || UInt8(ascii: "a")...UInt8(ascii: "f") ~= $0 || UInt8(ascii: "A")...UInt8(ascii: "F") ~= $0 }) else { return nil }
        return UInt32(String(decoding: digits, as: UTF8.self), radix: 16)
    }
}
