/// How kubectl reads a plain YAML scalar. go-yaml v2 resolves it by its first byte: YAML 1.1's
/// words (`y`, `yes`, `on`, `off`, `~`, `.inf`, ...), Go's integer syntax with `_` dropped (`0644`
/// is octal, `0x1F` hex), YAML's float pattern; anything else is a string. sigs.k8s.io/yaml then
/// writes the result as JSON, which kubectl decodes again.
enum YAMLScalarResolution {
    enum Resolved: Equatable {
        case null, bool(Bool), number(GoNumber.Value), string(String)
    }

    /// A value JSON cannot hold (`json: unsupported value: +Inf`).
    struct UnsupportedValue: Error {
        var text: String
    }

    /// What go-yaml's resolver makes of a plain scalar.
    static func resolve(_ text: String) -> Resolved {
        var text = text
        return text.withUTF8 { bytes in
            guard let first = bytes.first else { return .null }
            switch first {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"):
                if let word = word(bytes) { return word }
                // A timestamp (`2001-12-14`) stays a string, and is no number either.
                let number: GoNumber.Value?
                if bytes.contains(UInt8(ascii: "_")) {
                    number = bytes.filter { $0 != UInt8(ascii: "_") }.withUnsafeBufferPointer(GoNumber.value)
                } else {
                    number = GoNumber.value(bytes)
                }
                return number.map(Resolved.number) ?? .string(String(decoding: bytes, as: UTF8.self))
            case UInt8(ascii: "."):
                if let word = word(bytes) { return word }
                return GoNumber.decimalFloat(bytes).map { .number(.float($0)) } ?? .string(String(decoding: bytes, as: UTF8.self))
            case UInt8(ascii: "y"), UInt8(ascii: "Y"), UInt8(ascii: "n"), UInt8(ascii: "N"), UInt8(ascii: "t"),
                UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"), UInt8(ascii: "o"), UInt8(ascii: "O"),
                UInt8(ascii: "~"):
                return word(bytes) ?? .string(String(decoding: bytes, as: UTF8.self))
            default:
                return .string(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// A resolved value once it has been through JSON: a uint64 beyond Int64 comes back a
    /// float64, and a float whose JSON text reads as an Int64 an integer.
    static func jsonValue(_ resolved: Resolved) throws(UnsupportedValue) -> JSONValue {
        switch resolved {
        case .null: return .null
        case .bool(let flag): return .bool(flag)
        case .string(let text): return .string(text)
        case .number(.int(let number)): return .int(Int(number))
        case .number(.uint(let number)): return .double(Double(number))
        case .number(.float(let number)):
            guard number.isFinite else { throw UnsupportedValue(text: GoFloat.g(number)) }
            return GoFloat.jsonInteger(number).map(JSONValue.int) ?? .double(number)
        }
    }

    /// A mapping key as sigs.k8s.io/yaml writes it into JSON: booleans and numbers as text,
    /// floats with float32's shortest digits and YAML's words for the infinities and NaN.
    static func key(_ resolved: Resolved, text: String) -> String {
        switch resolved {
        case .bool(let flag): return flag ? "true" : "false"
        case .number(.int(let number)): return String(number)
        case .number(.uint(let number)): return String(number)
        case .number(.float(let number)):
            switch GoFloat.g(float32: number) {
            case "+Inf": return ".inf"
            case "-Inf": return "-.inf"
            case "NaN": return ".nan"
            case let formatted: return formatted
            }
        case .string(let string): return string
        case .null: return text
        }
    }

    private static func word(_ bytes: UnsafeBufferPointer<UInt8>) -> Resolved? {
        guard bytes.count <= 6 else { return nil }
        return words[String(decoding: bytes, as: UTF8.self)]
    }

    private static let words: [String: Resolved] = {
        var words: [String: Resolved] = [:]
        for word in ["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"] { words[word] = .bool(true) }
        for word in ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"] { words[word] = .bool(false) }
        for word in ["~", "null", "Null", "NULL"] { words[word] = .null }
        for word in [".nan", ".NaN", ".NAN"] { words[word] = .number(.float(.nan)) }
        for word in [".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"] { words[word] = .number(.float(.infinity)) }
        for word in ["-.inf", "-.Inf", "-.INF"] { words[word] = .number(.float(-.infinity)) }
        return words
    }()
}
