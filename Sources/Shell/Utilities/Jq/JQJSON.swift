/// Reading and writing JSON text the way jq does.
enum JQJSON {
    /// Why input text is not JSON, worded as jq's parser words it.
    struct ParseError: Error {
        var message: String
        var line: Int
        var column: Int
    }

    /// Every JSON value in a text (jq reads a stream of whitespace-separated values), with the
    /// line each ends on.
    static func parseStream(_ text: String) -> (values: [(JQValue, Int)], error: ParseError?) {
        var reader = Reader(Array(text.utf8))
        var values: [(JQValue, Int)] = []
        while true {
            reader.skipWhitespace()
            if reader.atEnd { return (values, nil) }
            do {
                let value = try reader.value(depth: 0)
                values.append((value, reader.line))
            } catch {
                return (values, error)
            }
        }
    }

    /// One JSON value (for `--argjson` and `fromjson`).
    static func parse(_ text: String) throws(ParseError) -> JQValue {
        var reader = Reader(Array(text.utf8))
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.atEnd else { throw reader.error("Unfinished JSON term") }
        return value
    }

    private struct Reader {
        let bytes: [UInt8]
        var index = 0
        var line = 1
        var column = 0

        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index >= bytes.count }

        func error(_ message: String) -> ParseError { ParseError(message: message, line: line, column: column) }

        mutating func advance() {
            if bytes[index] == 10 {
                line += 1
                column = 0
            } else {
                column += 1
            }
            index += 1
        }

        mutating func skipWhitespace() {
            while index < bytes.count, [32, 9, 10, 13].contains(bytes[index]) { advance() }
        }

        mutating func value(depth: Int) throws(ParseError) -> JQValue {
            guard depth < 1_000 else { throw error("Exceeds depth limit for parsing") }
            skipWhitespace()
            guard index < bytes.count else { throw error("Unfinished JSON term at EOF") }
            switch bytes[index] {
            case UInt8(ascii: "{"):
                advance()
                var object = JQObject()
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
                    advance()
                    return .object(object)
                }
                while true {
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                        throw error("Object keys must be strings")
                    }
                    let key = try string()
                    skipWhitespace()
                    guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                        throw error("Objects must consist of key:value pairs")
                    }
                    advance()
                    object[key] = try value(depth: depth + 1)
                    skipWhitespace()
                    guard index < bytes.count else { throw error("Unfinished JSON term at EOF") }
                    if bytes[index] == UInt8(ascii: ",") {
                        advance()
                        continue
                    }
                    guard bytes[index] == UInt8(ascii: "}") else { throw error("Expected separator between values") }
                    advance()
                    return .object(object)
                }
            case UInt8(ascii: "["):
                advance()
                var items: [JQValue] = []
                skipWhitespace()
                if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
                    advance()
                    return .array(items)
                }
                while true {
                    items.append(try value(depth: depth + 1))
                    skipWhitespace()
                    guard index < bytes.count else { throw error("Unfinished JSON term at EOF") }
                    if bytes[index] == UInt8(ascii: ",") {
                        advance()
                        continue
                    }
                    guard bytes[index] == UInt8(ascii: "]") else { throw error("Expected separator between values") }
                    advance()
                    return .array(items)
                }
            case UInt8(ascii: "\""): return .string(try string())
            default:
                var word: [UInt8] = []
                while index < bytes.count,
                    !([32, 9, 10, 13, 44, 58, 93, 125, 91, 123, 34] as [UInt8]).contains(bytes[index])
                {
                    word.append(bytes[index])
                    advance()
                }
                let text = String(decoding: word, as: UTF8.self)
                switch text {
                case "null": return .null
                case "true": return .bool(true)
                case "false": return .bool(false)
                default:
                    if let number = Double(text), text.first != "+", !text.hasPrefix("."), text.lowercased() != "nan",
                        !text.lowercased().contains("inf")
                    {
                        return .number(number)
                    }
                    // jq reports the position after the character that ended the bad token.
                    if index < bytes.count { advance() }
                    // Words starting like true, false or null are "literals"; anything else was read as a number.
                    let literal =
                        word.first.map { [UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n")].contains($0) }
                        ?? false
                    throw error(literal ? "Invalid literal" : "Invalid numeric literal")
                }
            }
        }

        mutating func string() throws(ParseError) -> String {
            advance()
            var out: [UInt8] = []
            while index < bytes.count {
                let b = bytes[index]
                if b == UInt8(ascii: "\"") {
                    advance()
                    return String(decoding: out, as: UTF8.self)
                }
                if b == UInt8(ascii: "\\"), index + 1 < bytes.count {
                    advance()
                    let e = bytes[index]
                    advance()
                    switch e {
                    case UInt8(ascii: "n"): out.append(10)
                    case UInt8(ascii: "t"): out.append(9)
                    case UInt8(ascii: "r"): out.append(13)
                    case UInt8(ascii: "b"): out.append(8)
                    case UInt8(ascii: "f"): out.append(12)
                    case UInt8(ascii: "u"):
                        var code: UInt32 = 0
                        for _ in 0..<4 where index < bytes.count {
                            code = code * 16 + UInt32(hexValue(bytes[index]))
                            advance()
                        }
                        if (0xD800..<0xDC00).contains(code), index + 5 < bytes.count, bytes[index] == 92,
                            bytes[index + 1] == UInt8(ascii: "u")
                        {
                            advance()
                            advance()
                            var low: UInt32 = 0
                            for _ in 0..<4 where index < bytes.count {
                                low = low * 16 + UInt32(hexValue(bytes[index]))
                                advance()
                            }
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        }
                        out += Array(String(Unicode.Scalar(code) ?? "\u{FFFD}").utf8)
                    default: out.append(e)
                    }
                    continue
                }
                out.append(b)
                advance()
            }
            throw error("Unfinished string")
        }

        private func hexValue(_ b: UInt8) -> Int {
            switch b {
            case 48...57: Int(b) - 48
            case 65...70: Int(b) - 55
            case 97...102: Int(b) - 87
            default: 0
            }
        }
    }

    /// JSON text: pretty with `indent` spaces per level (0 for compact), keys sorted if asked.
    static func serialize(_ value: JQValue, indent: Int, sortKeys: Bool, tab: Bool = false) -> String {
        var out = ""
        write(value, level: 0, indent: indent, sortKeys: sortKeys, tab: tab, into: &out)
        return out
    }

    private static func write(
        _ value: JQValue, level: Int, indent: Int, sortKeys: Bool, tab: Bool, into out: inout String
    ) {
        let pretty = indent > 0 || tab
        func newline(_ depth: Int) {
            guard pretty else { return }
            out += "\n" + (tab ? String(repeating: "\t", count: depth) : String(repeating: " ", count: depth * indent))
        }
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .number(let n): out += number(n)
        case .string(let s): out += quoted(s)
        case .array(let items):
            guard !items.isEmpty else {
                out += "[]"
                return
            }
            out += "["
            for (index, item) in items.enumerated() {
                if index > 0 { out += "," }
                newline(level + 1)
                write(item, level: level + 1, indent: indent, sortKeys: sortKeys, tab: tab, into: &out)
            }
            newline(level)
            out += "]"
        case .object(let object):
            guard object.count > 0 else {
                out += "{}"
                return
            }
            out += "{"
            let keys = sortKeys ? object.keys.sorted(by: codePointOrder) : object.keys
            for (index, key) in keys.enumerated() {
                if index > 0 { out += "," }
                newline(level + 1)
                out += quoted(key) + (pretty ? ": " : ":")
                write(object[key] ?? .null, level: level + 1, indent: indent, sortKeys: sortKeys, tab: tab, into: &out)
            }
            newline(level)
            out += "}"
        }
    }

    /// A number as jq 1.7 prints it: integers without a fraction, others in shortest form.
    static func number(_ n: Double) -> String {
        if n.isNaN { return "null" }
        if n.isInfinite { return n < 0 ? "-1.7976931348623157e+308" : "1.7976931348623157e+308" }
        if n == 0 && n.sign == .minus { return "-0" }
        if n == n.rounded(), abs(n) < 1e17 { return String(Int64(n)) }
        var text = "\(n)"
        if let e = text.firstIndex(of: "e") {
            let exponent = text[text.index(after: e)...]
            let sign = exponent.hasPrefix("-") ? "-" : "+"
            let digits = exponent.drop { $0 == "-" || $0 == "+" }
            text = text[..<e] + "e" + sign + (digits.count < 2 ? "0" : "") + digits
        }
        return text
    }

    static func quoted(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if c.value < 0x20 || c.value == 0x7F {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }
}
