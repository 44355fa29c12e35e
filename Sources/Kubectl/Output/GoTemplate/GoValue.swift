import KubeAPI
import OrderedCollections

/// A value as Go's `reflect` sees it while a template runs over decoded JSON: numbers decoded as
/// `int64` or `float64`, objects as `map[string]interface {}`, lists as `[]interface {}`.
///
/// `element` marks a value read out of a map or slice, whose static type is `interface {}`: Go
/// reports that type in some errors and treats a JSON null there as a nil interface.
enum GoValue {
    /// `reflect.Value{}`: a missing key, a nil result.
    case invalid
    /// A concrete value decoded from JSON (never `.null`), or a string, bool or float64 literal.
    case json(JSONValue)
    /// An element of a map or slice (`interface {}`); `.null` is a nil interface.
    case element(JSONValue)
    /// A Go `int`: integer literals, `len`, range indexes.
    case int(Int)
    /// A `uint8`: a byte of a string read with `index`.
    case byte(UInt8)

    /// A JSON value as the root or a dug-out value: null reads as no value.
    static func of(_ value: JSONValue) -> GoValue { value == .null ? .invalid : .json(value) }

    /// `reflect.ValueOf(v.Interface())`: the dynamic value inside an interface.
    var dug: GoValue {
        if case .element(let inner) = self { return .of(inner) }
        return self
    }

    var isValid: Bool {
        if case .invalid = self { return false }
        return true
    }

    /// The dynamic value behind interfaces, or nil for an invalid value or a nil interface.
    var concrete: GoValue? {
        switch dug {
        case .invalid: return nil
        case let value: return value
        }
    }

    /// The `reflect.Type` as `%v` prints it.
    var typeName: String {
        switch self {
        case .invalid: return "<nil>"
        case .element: return "interface {}"
        case .int: return "int"
        case .byte: return "uint8"
        case .json(let value): return GoValueFormat.typeName(value)
        }
    }

    /// Go's `reflect.Kind` families, as the comparison functions group them.
    enum Kind { case invalid, bool, int, uint, float, string, slice, map }

    var kind: Kind {
        switch dug {
        case .invalid, .element: return .invalid
        case .int: return .int
        case .byte: return .uint
        case .json(let value):
            switch value {
            case .null: return .invalid
            case .bool: return .bool
            case .int: return .int
            case .double: return .float
            case .string: return .string
            case .array: return .slice
            case .object: return .map
            }
        }
    }

    var intValue: Int64? {
        switch dug {
        case .int(let value): return Int64(value)
        case .byte(let value): return Int64(value)
        case .json(.int(let value)): return Int64(value)
        default: return nil
        }
    }

    /// Go's `isTrue`: the zero value of its type is false; nil when the type has no truth.
    var truth: Bool? {
        switch dug {
        case .invalid: return false
        case .element: return false
        case .int(let value): return value != 0
        case .byte(let value): return value != 0
        case .json(let value):
            switch value {
            case .null: return false
            case .bool(let flag): return flag
            case .int(let number): return number != 0
            case .double(let number): return number != 0
            case .string(let text): return !text.isEmpty
            case .array(let items): return !items.isEmpty
            case .object(let members): return !members.isEmpty
            }
        }
    }
}
