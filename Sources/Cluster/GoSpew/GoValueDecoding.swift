import KubeAPI

/// How the API's JSON for apimachinery's value types becomes the Go fields a controller holds
/// after decoding the object from the apiserver (as `GoSchema.valueTypeStructs` lays them out).
enum GoValueDecoding {
    /// The internal fields of `json` when `type` is one of the value types, else `json` itself.
    static func decode(_ json: JSONValue, as type: String) -> JSONValue {
        switch type {
        case "resource.Quantity": return quantity(json)
        case "intstr.IntOrString": return intOrString(json)
        case "v1.Time": return time(json)
        default: return json
        }
    }

    /// `ParseQuantity` of the quantity's canonical text, which is what the apiserver serves: an
    /// int64 amount and scale, the text kept when Go keeps it, and the format.
    private static func quantity(_ json: JSONValue) -> JSONValue {
        let written: String
        switch json {
        case .string(let text): written = text
        case .int(let number): written = String(number)
        case .double(let number): written = String(number)
        default: written = "0"  // Go's zero Quantity goes over the wire as "0".
        }
        let canonical = Quantity.canonical(written)
        guard canonical != "0" else { return ["i": ["value": 0, "scale": 0], "s": "0", "Format": "DecimalSI"] }
        guard let parsed = Quantity(canonical) else { return ["s": .string(written)] }
        let format: String
        switch parsed.format {
        case .binarySI: format = "BinarySI"
        case .decimalSI: format = "DecimalSI"
        case .decimalExponent: format = "DecimalExponent"
        }
        return [
            "i": ["value": .int(Int(parsed.mantissa)), "scale": .int(parsed.scale)],
            "s": .string(parsed.keepsText ? canonical : ""),
            "Format": .string(format),
        ]
    }

    /// `intstr.FromInt32` or `intstr.FromString`.
    private static func intOrString(_ json: JSONValue) -> JSONValue {
        switch json {
        case .string(let text): return ["Type": 1, "StrVal": .string(text)]
        case .null: return .null
        default: return ["Type": 0, "IntVal": .int(json.int ?? 0)]
        }
    }

    /// A `metav1.Time`: null is Go's zero time; a set one is decoded as `time.Unix(s, 0).Local()`,
    /// seconds since year 1 in `ext` and a pointer to the process's local zone (UTC by name).
    private static func time(_ json: JSONValue) -> JSONValue {
        guard let text = json.string, let stamp = Timestamp(rfc3339: text) else { return .null }
        return ["Time": ["ext": .int(Int(stamp.seconds) + 62_135_596_800), "loc": ["name": "UTC"]]]
    }
}
