import OrderedCollections

/// Compact JSON as Go's `json.Marshal` writes it: no spaces, numbers as float64 prints them,
/// `<`, `>`, `&`, U+2028 and U+2029 escaped, `\b` and `\f` as Go 1.22 and later write them.
/// Keys come in the value's order (a Go struct's field order), or sorted by bytes as Go sorts a
/// map's keys. kubectl's patches and last-applied annotations, jsonpath's collections, the
/// controllers' revision hashes and the autoscaling/v1 annotations are all written this way.
public enum GoJSON {
    /// `escapingHTML: false` is an encoder's `SetEscapeHTML(false)`: `<`, `>` and `&` stay as they are.
    public static func marshal(_ value: JSONValue, sortingKeys: Bool = false, escapingHTML: Bool = true) -> String {
        var bytes: [UInt8] = []
        append(value, sortingKeys: sortingKeys, escapingHTML: escapingHTML, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    public static func append(_ value: JSONValue, sortingKeys: Bool = false, escapingHTML: Bool = true, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes += "null".utf8
        case .bool(let flag): bytes += (flag ? "true" : "false").utf8
        case .int(let number): bytes += String(number).utf8
        case .double(let number): bytes += GoFloat.json(number).utf8
        case .string(let text): appendString(text, escapingHTML: escapingHTML, to: &bytes)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                append(item, sortingKeys: sortingKeys, escapingHTML: escapingHTML, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            let keys = sortingKeys ? members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) } : Array(members.keys)
            for (index, key) in keys.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(key, escapingHTML: escapingHTML, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                append(members[key] ?? .null, sortingKeys: sortingKeys, escapingHTML: escapingHTML, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string as `encoding/json` escapes it (HTML-safe unless told otherwise; U+2028 and
    /// U+2029 are escaped either way).
    public static func appendString(_ text: String, escapingHTML: Bool = true, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes += "\\\"".utf8
            case "\\": bytes += "\\\\".utf8
            case "\n": bytes += "\\n".utf8
            case "\r": bytes += "\\r".utf8
            case "\t": bytes += "\\t".utf8
            case "\u{8}": bytes += "\\b".utf8
            case "\u{c}": bytes += "\\f".utf8
            case "<", ">", "&":
                if escapingHTML { appendEscape(scalar.value, to: &bytes) } else { bytes.append(UInt8(scalar.value)) }
            case "\u{2028}", "\u{2029}": appendEscape(scalar.value, to: &bytes)
            case _ where scalar.value < 0x20: appendEscape(scalar.value, to: &bytes)
            default: bytes += String(scalar).utf8
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// `\u` and four lowercase hex digits.
    private static func appendEscape(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += "\\u".utf8
        for shift in stride(from: 12, through: 0, by: -4) { bytes.append(hexDigits[Int(value >> UInt32(shift) & 15)]) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}

extension JSONValue {
    /// encoding/json's name for the value's kind, as its `cannot unmarshal X into ...` errors say.
    public var goJSONKind: String {
        switch self {
        case .string: "string"
        case .int, .double: "number"
        case .bool: "bool"
        case .array: "array"
        case .object: "object"
        case .null: "null"
        }
    }
}
