import KubeAPI
import OrderedCollections

extension JSONValue {
    /// A scalar as Go's `%v` prints it: strings as they are, numbers in decimal, booleans as
    /// `true`/`false`; a missing value is empty.
    var text: String {
        switch self {
        case .string(let s): return s
        case .int(let i): return "\(i)"
        case .double(let d): return GoFloat.jsonInteger(d).map(String.init) ?? GoFloat.g(d)
        case .bool(let b): return b ? "true" : "false"
        default: return ""
        }
    }

    /// A resource quantity written as a string or a number.
    var quantity: Quantity? { Quantity(text) }

    /// A pointer-to-bool field as `printBoolPtr` prints it: `True`, `False` or `<unset>`.
    var boolPointer: String {
        guard let value = bool else { return "<unset>" }
        return value ? "True" : "False"
    }
}

extension JSONValue {
    /// Go's `%v` of a string slice: `[a b]`.
    var goList: String { "[\(array.map(\.text).joined(separator: " "))]" }
}

extension JSONValue {
    /// Whether this is missing, or an empty object or array (Go's `len(x) == 0`).
    var isEmptyCollection: Bool {
        switch self {
        case .null: return true
        case .array(let items): return items.isEmpty
        case .object(let members): return members.isEmpty
        default: return false
        }
    }
}
