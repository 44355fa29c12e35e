import KubeAPI
import OrderedCollections

/// apimachinery's `DefaultUnstructuredConverter.FromUnstructured`: how the apiserver turns the map a
/// strategic merge patch produced into the Go struct, with that converter's own errors
/// (`unrecognized type: int32`, `cannot convert float64 to int32`, `cannot restore slice from
/// string`). It follows the struct's fields in declaration order and stops at the first error.
///
/// Unlike `encoding/json` it converts any integer into any integer field: a number too wide for an
/// `int32` wraps around, as Go's conversion does, and validation sees what is left.
enum GoFromUnstructured {
    /// `value` converted into the Go type `typeName`, integers at their field's width; or the error.
    static func convert(_ value: JSONValue, as typeName: String) -> Result<JSONValue, Failure> {
        Result { () throws(Failure) in try convert(value, .named(typeName)) }
    }

    /// The converter's error text.
    struct Failure: Error {
        let message: String
        init(_ message: String) { self.message = message }
    }

    private static func convert(_ value: JSONValue, _ type: GoType) throws(Failure) -> JSONValue {
        if value.isNull { return value }
        switch type {
        case .pointer(let element):
            return try convert(value, element)
        case .slice(let element):
            if case .builtin("uint8") = element, case .string = value { return value }
            guard case .array(let items) = value else { throw Failure("cannot restore slice from \(kind(value))") }
            var out: [JSONValue] = []
            for item in items { out.append(try convert(item, element)) }
            return .array(out)
        case .map(_, let element):
            guard case .object(let members) = value else { throw Failure("cannot restore map from \(kind(value))") }
            var out = members
            for key in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
                out[key] = try convert(members[key] ?? .null, element)
            }
            return .object(out)
        case .builtin(let name):
            return try scalar(value, into: name, shown: name)
        case .named(let name):
            if GoUnmarshalers.handles(name) {
                if let error = GoUnmarshalers.error(value, name, GoUnmarshal.Context()) { throw Failure(error) }
                return value
            }
            if let fields = GoSchema.structs[name] {
                guard case .object(let members) = value else { throw Failure("cannot restore struct from: \(kind(value))") }
                return .object(try structMembers(members, fields))
            }
            let underlying = GoType.parse(GoSchema.definedTypes[name] ?? "interface {}")
            if case .builtin(let builtin) = underlying { return try scalar(value, into: builtin, shown: name) }
            return try convert(value, underlying)
        }
    }

    /// The struct's fields in declaration order; embedded structs read the same members.
    private static func structMembers(
        _ members: OrderedDictionary<String, JSONValue>, _ fields: [GoSchema.Field]
    ) throws(Failure) -> OrderedDictionary<String, JSONValue> {
        var out = members
        for field in fields {
            guard let name = field.json else {
                if case .named(let inner) = field.type, let innerFields = GoSchema.structs[inner] {
                    out = try structMembers(out, innerFields)
                }
                continue
            }
            guard let member = out[name] else { continue }
            out[name] = try convert(member, field.type)
        }
        return out
    }

    /// A simple value into a builtin kind (`shown` is the Go type's name, `v1.Protocol`).
    private static func scalar(_ value: JSONValue, into builtin: String, shown: String) throws(Failure) -> JSONValue {
        let source = kind(value)
        let integer = GoUnmarshalers.integerRanges[builtin] != nil
        let float = builtin == "float32" || builtin == "float64"
        switch source {
        case "string" where builtin == "string", "bool" where builtin == "bool":
            return value
        case "int64" where integer:
            return .int(wrapped(Int64(GoJSON.marshal(value)) ?? 0, to: builtin))
        case "int64" where float, "float64" where float:
            return value
        case "float64" where integer:
            guard case .double(let number) = value else { return value }
            guard number == number.rounded(.towardZero) else { throw Failure("cannot convert float64 to \(shown)") }
            return .int(wrapped(Int64(exactly: number) ?? .min, to: builtin))
        case "int64" where builtin == "string":
            throw Failure("cannot convert int64 to \(shown)")
        default:
            throw Failure("unrecognized type: \(builtin)")
        }
    }

    /// Go's conversion of an int64 to a narrower integer: the low bits, read with the type's sign.
    private static func wrapped(_ number: Int64, to builtin: String) -> Int {
        switch builtin {
        case "int8": Int(Int8(truncatingIfNeeded: number))
        case "int16": Int(Int16(truncatingIfNeeded: number))
        case "int32": Int(Int32(truncatingIfNeeded: number))
        case "uint8": Int(UInt8(truncatingIfNeeded: number))
        case "uint16": Int(UInt16(truncatingIfNeeded: number))
        case "uint32": Int(UInt32(truncatingIfNeeded: number))
        default: Int(number)
        }
    }

    /// reflect's kind of the value as the patched map holds it: whole numbers are int64.
    static func kind(_ value: JSONValue) -> String {
        switch value {
        case .string: "string"
        case .bool: "bool"
        case .int, .double: Int64(GoJSON.marshal(value)) != nil ? "int64" : "float64"
        case .array: "slice"
        case .object: "map"
        case .null: "invalid"
        }
    }
}
