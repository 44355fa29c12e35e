import KubeAPI

/// How Go's `fmt` prints decoded JSON (`map[string]interface{}` and friends): `%v` text,
/// `%#v` syntax and type names, as they appear in kubectl's jsonpath output and messages.
enum GoValueFormat {
    /// `%v` of a scalar: strings raw, floats shortest with Go's exponent rule, null as `<nil>`.
    static func text(_ value: JSONValue) -> String {
        switch value {
        case .double(let number): return float(number)
        default: return CustomColumnsPrinter.goString(value)
        }
    }

    /// `%#v`: `map[string]interface {}{"a":1, "b":[]interface {}{"x"}}` with sorted keys.
    static func syntax(_ value: JSONValue) -> String {
        switch value {
        case .null: return "interface {}(nil)"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .double(let number): return float(number)
        case .string(let text): return quote(text)
        case .array(let items): return "[]interface {}{" + items.map(syntax).joined(separator: ", ") + "}"
        case .object(let members):
            let pairs = members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            return "map[string]interface {}{" + pairs.map { quote($0.key) + ":" + syntax($0.value) }.joined(separator: ", ")
                + "}"
        }
    }

    /// The Go type of a decoded value, as `%v` of `reflect.Type` prints it.
    static func typeName(_ value: JSONValue) -> String {
        switch value {
        case .null: return "interface {}"
        case .bool: return "bool"
        case .int: return "int64"
        case .double: return "float64"
        case .string: return "string"
        case .array: return "[]interface {}"
        case .object: return "map[string]interface {}"
        }
    }

    /// `strconv.Quote`.
    static func quote(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\u{07}": out += "\\a"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{0B}": out += "\\v"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\\x" + String(scalar.value, radix: 16).leftPadded(2)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// `strconv.FormatFloat(f, 'g', -1, 64)`, as `%v` prints a float64.
    static func float(_ number: Double) -> String { GoFloat.g(number) }
}
