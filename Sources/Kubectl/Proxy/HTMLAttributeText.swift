/// An attribute value as `x/net/html` reads it from a tag (line ends made `\n`, character
/// references decoded as an attribute decodes them) and as `Token.String` writes it back.
enum HTMLAttributeText {
    /// `unescape(convertNewlines(raw), true)`.
    static func decode(_ raw: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            if byte == UInt8(ascii: "\r") {
                bytes.append(UInt8(ascii: "\n"))
                index += index + 1 < raw.count && raw[index + 1] == UInt8(ascii: "\n") ? 2 : 1
            } else if byte == UInt8(ascii: "&") {
                let (decoded, used) = reference(Array(raw[index...]))
                bytes += decoded
                index += used
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return bytes
    }

    /// `escape`: the five characters HTML reserves and carriage returns as references.
    static func encode(_ value: [UInt8]) -> [UInt8] {
        var bytes: [UInt8] = []
        for byte in value {
            switch byte {
            case UInt8(ascii: "&"): bytes += Array("&amp;".utf8)
            case UInt8(ascii: "'"): bytes += Array("&#39;".utf8)
            case UInt8(ascii: "<"): bytes += Array("&lt;".utf8)
            case UInt8(ascii: ">"): bytes += Array("&gt;".utf8)
            case UInt8(ascii: "\""): bytes += Array("&#34;".utf8)
            case UInt8(ascii: "\r"): bytes += Array("&#13;".utf8)
            default: bytes.append(byte)
            }
        }
        return bytes
    }

    /// `unescapeEntity` in an attribute, at a `&`: what it decodes to and how many bytes it used.
    private static func reference(_ text: [UInt8]) -> ([UInt8], Int) {
        guard text.count > 1 else { return ([text[0]], 1) }
        if text[1] == UInt8(ascii: "#") { return numeric(text) }
        var end = 1
        while end < text.count, isAlphanumeric(text[end]) { end += 1 }
        if end < text.count, text[end] == UInt8(ascii: ";") { end += 1 }
        let name = String(decoding: text[1..<end], as: UTF8.self)
        let unterminated = !name.hasSuffix(";")
        if name.isEmpty || (unterminated && end < text.count && text[end] == UInt8(ascii: "=")) {
            return (Array(text[..<end]), end)
        }
        guard let scalar = named[name] else { return (Array(text[..<end]), end) }
        return (Array(String(scalar).utf8), end)
    }

    /// `&#NNN;` and `&#xHH;`, the semicolon optional; C1 controls read as Windows-1252, and
    /// nothing valid as U+FFFD.
    private static func numeric(_ text: [UInt8]) -> ([UInt8], Int) {
        guard text.count > 3 else { return ([text[0]], 1) }
        var index = 2
        let hex = text[index] == UInt8(ascii: "x") || text[index] == UInt8(ascii: "X")
        if hex { index += 1 }
        var value = 0
        while index < text.count {
            let byte = text[index]
            index += 1
            if let digit = Character(Unicode.Scalar(byte)).hexDigitValue, hex || digit < 10, byte < 0x80 {
                value = min(value * (hex ? 16 : 10) + digit, 0x11_0000)
                continue
            }
            if byte != UInt8(ascii: ";") { index -= 1 }
            break
        }
        guard index > 3 else { return ([text[0]], 1) }
        var scalar: Unicode.Scalar
        if (0x80...0x9F).contains(value) {
            scalar = windows1252[value - 0x80]
        } else {
            scalar = Unicode.Scalar(UInt32(value)).flatMap { value == 0 ? nil : $0 } ?? "\u{FFFD}"
        }
        return (Array(String(scalar).utf8), index)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
            || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }

    /// The named references most pages use (HTML's table has over two thousand), with the
    /// legacy ones that may go without their semicolon.
    private static let named: [String: Unicode.Scalar] = [
        "amp;": "&", "amp": "&", "AMP;": "&", "AMP": "&", "lt;": "<", "lt": "<", "LT;": "<", "LT": "<",
        "gt;": ">", "gt": ">", "GT;": ">", "GT": ">", "quot;": "\"", "quot": "\"", "QUOT;": "\"", "QUOT": "\"",
        "apos;": "'", "nbsp;": "\u{A0}", "nbsp": "\u{A0}", "copy;": "\u{A9}", "copy": "\u{A9}", "reg;": "\u{AE}", "reg": "\u{AE}",
    ]

    /// What `&#128;` to `&#159;` stand for.
    private static let windows1252: [Unicode.Scalar] = [
        "\u{20AC}", "\u{81}", "\u{201A}", "\u{192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{2C6}", "\u{2030}", "\u{160}", "\u{2039}", "\u{152}", "\u{8D}", "\u{17D}", "\u{8F}",
        "\u{90}", "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{2DC}", "\u{2122}", "\u{161}", "\u{203A}", "\u{153}", "\u{9D}", "\u{17E}", "\u{178}",
    ]
}
