import Foundation

/// jq's arithmetic and comparison operators.
enum JQOperators {
    /// A value as jq's messages show it: `number (1)`, `string ("abc")`, truncated to 11 characters.
    static func describe(_ value: JQValue) -> String {
        "\(value.typeName) (\(dumped(value)))"
    }

    /// Compact JSON cut to 11 bytes and `...` when it is longer than 14.
    static func dumped(_ value: JQValue) -> String {
        let text = JQJSON.serialize(value, indent: 0, sortKeys: false)
        guard text.utf8.count > 14 else { return text }
        return String(decoding: Array(text.utf8.prefix(11)), as: UTF8.self) + "..."
    }

    static func apply(_ op: String, _ a: JQValue, _ b: JQValue) throws(JQRuntimeError) -> JQValue {
        switch op {
        case "==": return .bool(a == b)
        case "!=": return .bool(!(a == b))
        case "<": return .bool(JQValue.compare(a, b) < 0)
        case "<=": return .bool(JQValue.compare(a, b) <= 0)
        case ">": return .bool(JQValue.compare(a, b) > 0)
        case ">=": return .bool(JQValue.compare(a, b) >= 0)
        case "+":
            switch (a, b) {
            case (.null, _): return b
            case (_, .null): return a
            case (.number(let x), .number(let y)): return .number(x + y)
            case (.string(let x), .string(let y)): return .string(x + y)
            case (.array(let x), .array(let y)): return .array(x + y)
            case (.object(var x), .object(let y)):
                for (key, value) in y.pairs { x[key] = value }
                return .object(x)
            default: throw failure(a, b, "added")
            }
        case "-":
            switch (a, b) {
            case (.number(let x), .number(let y)): return .number(x - y)
            case (.array(let x), .array(let y)): return .array(x.filter { item in !y.contains(item) })
            default: throw failure(a, b, "subtracted")
            }
        case "*":
            switch (a, b) {
            case (.number(let x), .number(let y)): return .number(x * y)
            case (.string(let s), .number(let n)), (.number(let n), .string(let s)):
                guard n > 0 else { return .null }
                let count = max(1, n.rounded(.up).clampedInt)
                guard s.utf8.count.multipliedReportingOverflow(by: count).partialValue <= ShellLimits.outputBytes,
                    s.utf8.count.multipliedReportingOverflow(by: count).overflow == false
                else { throw JQRuntimeError("Repeat string result too long") }
                return .string(String(repeating: s, count: count))
            case (.object(let x), .object(let y)): return .object(merge(x, y))
            default: throw failure(a, b, "multiplied")
            }
        case "/":
            switch (a, b) {
            case (.number(let x), .number(let y)):
                guard y != 0 else {
                    throw JQRuntimeError(
                        "\(describe(a)) and \(describe(b)) cannot be divided because the divisor is zero")
                }
                return .number(x / y)
            case (.string(let x), .string(let y)):
                return .array(split(x, y).map { .string($0) })
            default: throw failure(a, b, "divided")
            }
        case "%":
            switch (a, b) {
            case (.number(let x), .number(let y)):
                let divisor = y.rounded(.towardZero).clampedInt
                guard divisor != 0 else {
                    throw JQRuntimeError(
                        "\(describe(a)) and \(describe(b)) cannot be divided because the divisor is zero")
                }
                return .number(Double(x.rounded(.towardZero).clampedInt % (divisor == Int.min ? Int.max : abs(divisor))))
            default: throw failure(a, b, "divided")
            }
        default: throw JQRuntimeError("unknown operator \(op)")
        }
    }

    private static func failure(_ a: JQValue, _ b: JQValue, _ verb: String) -> JQRuntimeError {
        JQRuntimeError("\(describe(a)) and \(describe(b)) cannot be \(verb)")
    }

    static func merge(_ x: JQObject, _ y: JQObject) -> JQObject {
        var result = x
        for (key, value) in y.pairs {
            if case .object(let inner) = result[key] ?? .null, case .object(let other) = value {
                result[key] = .object(merge(inner, other))
            } else {
                result[key] = value
            }
        }
        return result
    }

    static func split(_ text: String, _ separator: String) -> [String] {
        if text.isEmpty { return [] }
        if separator.isEmpty { return text.map { String($0) } }
        return text.components(separatedBy: separator)
    }
}

/// `@base64`, `@csv` and the other string formats.
enum JQFormats {
    static func apply(_ name: String, _ value: JQValue) throws(JQRuntimeError) -> String {
        func text(_ v: JQValue) -> String {
            if case .string(let s) = v { return s }
            return JQJSON.serialize(v, indent: 0, sortKeys: false)
        }
        switch name {
        case "text": return text(value)
        case "json": return JQJSON.serialize(value, indent: 0, sortKeys: false)
        case "base64": return Base64Command.encode(Array(text(value).utf8))
        case "base64d":
            let (bytes, _) = Base64Command.decode(text(value), ignoreGarbage: false)
            return String(decoding: bytes, as: UTF8.self)
        case "uri":
            var out = ""
            for byte in text(value).utf8 {
                let c = Character(Unicode.Scalar(byte))
                if byte < 128 && (c.isLetter || c.isNumber || "-_.~".contains(c)) {
                    out.append(c)
                } else {
                    let hex = String(byte, radix: 16, uppercase: true)
                    out += "%" + (hex.count == 1 ? "0" : "") + hex
                }
            }
            return out
        case "html":
            return text(value).replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
                .replacing("'", with: "&#39;").replacing("\"", with: "&quot;")
        case "sh":
            let items: [JQValue]
            if case .array(let array) = value { items = array } else { items = [value] }
            var words: [String] = []
            for item in items {
                switch item {
                case .string(let s): words.append("'" + s.replacing("'", with: "'\\''") + "'")
                case .array, .object: throw JQRuntimeError("\(JQOperators.describe(item)) can not be escaped for shell")
                default: words.append(text(item))
                }
            }
            return words.joined(separator: " ")
        case "csv", "tsv":
            guard case .array(let items) = value else {
                throw JQRuntimeError("\(JQOperators.describe(value)) cannot be \(name)-formatted, only an array can be")
            }
            var fields: [String] = []
            for item in items {
                switch item {
                case .number(let n): fields.append(JQJSON.number(n))
                case .bool(let b): fields.append(b ? "true" : "false")
                case .null: fields.append("")
                case .string(let s):
                    if name == "csv" {
                        fields.append("\"" + s.replacing("\"", with: "\"\"") + "\"")
                    } else {
                        fields.append(
                            s.replacing("\\", with: "\\\\").replacing("\t", with: "\\t").replacing("\n", with: "\\n")
                                .replacing("\r", with: "\\r"))
                    }
                default:
                    throw JQRuntimeError("\(JQOperators.describe(item)) is not valid in a csv row")
                }
            }
            return fields.joined(separator: name == "csv" ? "," : "\t")
        default:
            throw JQRuntimeError("\(name) is not a valid format")
        }
    }
}
