import KubeAPI

/// How `encoding/json` fits a JSON scalar into a Go builtin, and what apimachinery's value types
/// (`IntOrString`, `Time`, `Quantity`) say from their own `UnmarshalJSON`.
enum GoUnmarshalers {
    /// Whether the named type decodes itself.
    static func handles(_ name: String) -> Bool {
        ["intstr.IntOrString", "v1.Time", "v1.MicroTime", "resource.Quantity", "v1.FieldsV1"].contains(name)
    }

    /// The error a value type's `UnmarshalJSON` returns, worded with the decoder's context when it is
    /// a type error from the `json.Unmarshal` it calls inside.
    static func error(_ value: JSONValue, _ name: String, _ context: GoUnmarshal.Context) -> String? {
        switch name {
        case "intstr.IntOrString":
            // A quoted value is the string form; anything else is read as an int32.
            if case .string = value { return nil }
            return scalarProblem(value, builtin: "int32").map { context.typeError($0, .builtin("int32")) }
        case "v1.Time", "v1.MicroTime":
            return scalarProblem(value, builtin: "string").map { context.typeError($0, .builtin("string")) }
        case "resource.Quantity":
            // ParseQuantity of the JSON text: no `true`, object or list is a quantity.
            switch value {
            case .bool, .object, .array: return quantityFormat
            default: return nil
            }
        default:
            return nil
        }
    }

    /// What `UnmarshalTypeError` calls the value when it does not fit the builtin: `string`,
    /// `bool`, `number`, or `number 3000000000` for an int too wide or not whole; nil when it fits.
    static func scalarProblem(_ value: JSONValue, builtin: String) -> String? {
        switch (builtin, value) {
        case ("interface {}", _):
            return nil  // An interface takes any value.
        case ("string", .string), ("bool", .bool), ("float32", .int), ("float32", .double), ("float64", .int),
            ("float64", .double):
            return nil
        case (_, .int), (_, .double):
            guard let range = integerRanges[builtin] else { return value.goJSONKind }
            let text = GoJSON.marshal(value)
            // ParseInt (ParseUint for unsigned) of the literal, then the width's range.
            guard let number = Int64(text), range.contains(number) else { return "number " + text }
            return nil
        case (_, .string), (_, .bool), (_, .array), (_, .object):
            return value.goJSONKind
        case (_, .null):
            return nil
        }
    }

    /// The values each Go integer type holds.
    static let integerRanges: [String: ClosedRange<Int64>] = [
        "int8": Int64(Int8.min)...Int64(Int8.max), "int16": Int64(Int16.min)...Int64(Int16.max),
        "int32": Int64(Int32.min)...Int64(Int32.max), "int64": Int64.min...Int64.max, "int": Int64.min...Int64.max,
        "uint8": 0...Int64(UInt8.max), "uint16": 0...Int64(UInt16.max), "uint32": 0...Int64(UInt32.max),
        "uint64": 0...Int64.max, "uint": 0...Int64.max,
    ]

    /// `resource.ErrFormatWrong`.
    static let quantityFormat = "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"
}
