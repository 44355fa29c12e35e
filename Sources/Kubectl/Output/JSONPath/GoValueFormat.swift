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

    /// `strconv.FormatFloat(f, 'g', -1, 64)`: the `%e` form when the exponent is below -4 or at least 6.
    static func float(_ number: Double) -> String {
        guard number.isFinite else { return number.isNaN ? "NaN" : number < 0 ? "-Inf" : "+Inf" }
        if number == 0 { return number.sign == .minus ? "-0" : "0" }
        // Shortest round-trip digits and decimal exponent, from Swift's own shortest form.
        let negative = number < 0
        let description = "\(abs(number))"
        var mantissa = description
        var exponent = 0
        if let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = String(description[..<e])
            exponent = Int(description[description.index(after: e)...]) ?? 0
        }
        let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
        let integer = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]) : ""
        var digits = integer + fraction
        var point = integer.count + exponent
        while digits.hasPrefix("0") {
            digits.removeFirst()
            point -= 1
        }
        while digits.hasSuffix("0") { digits.removeLast() }
        let decimalExponent = point - 1
        var out = negative ? "-" : ""
        if decimalExponent < -4 || decimalExponent >= 6 {
            out += String(digits.prefix(1))
            if digits.count > 1 { out += "." + digits.dropFirst() }
            let sign = decimalExponent < 0 ? "-" : "+"
            let magnitude = String(abs(decimalExponent))
            return out + "e" + sign + (magnitude.count < 2 ? "0" + magnitude : magnitude)
        }
        if point <= 0 { return out + "0." + String(repeating: "0", count: -point) + digits }
        if point >= digits.count { return out + digits + String(repeating: "0", count: point - digits.count) }
        return out + digits.prefix(point) + "." + digits.dropFirst(point)
    }
}
