import OrderedCollections
import KubeAPI

/// JSON as Go's `json.MarshalIndent(v, "", "    ")` writes it, HTML characters escaped;
/// `unit` is the indent string (`version -o json` indents by two spaces).
enum JSONPrinter {
    static func print(_ value: JSONValue, unit: String = "    ") -> String {
        var out = ""
        write(value, indent: 0, unit: unit, into: &out)
        return out
    }

    private static func write(_ value: JSONValue, indent: Int, unit: String, into out: inout String) {
        let pad = String(repeating: unit, count: indent)
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d): out += formatFloat(d)
        case .string(let s): out += quote(s)
        case .array(let items):
            guard !items.isEmpty else { out += "[]"; return }
            out += "[\n"
            for (i, item) in items.enumerated() {
                out += pad + unit
                write(item, indent: indent + 1, unit: unit, into: &out)
                out += i < items.count - 1 ? ",\n" : "\n"
            }
            out += pad + "]"
        case .object(let members):
            guard !members.isEmpty else { out += "{}"; return }
            out += "{\n"
            for (i, member) in members.enumerated() {
                out += pad + unit + quote(member.key) + ": "
                write(member.value, indent: indent + 1, unit: unit, into: &out)
                out += i < members.count - 1 ? ",\n" : "\n"
            }
            out += pad + "}"
        }
    }

    /// A Go JSON string literal: control characters and `<`, `>`, `&` escaped.
    static func quote(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case ">": out += "\\u003e"
            case "&": out += "\\u0026"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    out += "\\u00" + String(scalar.value, radix: 16).leftPadded(2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func formatFloat(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e21 ? String(Int64(d)) : String(d)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: "0", count: width - count) + self }
}
