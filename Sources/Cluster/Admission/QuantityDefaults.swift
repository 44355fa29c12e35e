import KubeAPI
import OrderedCollections

/// Quantities as the apiserver stores and serves them: parsed, then printed canonically
/// (`0.5` → `500m`, `1024Mi` → `1Gi`); resource lists are first rounded up to milli units
/// (`SetDefaults_ResourceList`), and a resource field reference's divisor is `"0"` when unset,
/// since Go prints the zero Quantity so.
enum QuantityDefaults {
    /// A `ResourceRequirements` whose limits and requests are canonical.
    static func resources(_ resources: JSONValue) -> JSONValue {
        var r = resources
        for list in ["limits", "requests"] where !r[list].isNull {
            r[list] = .object(r[list].object.mapValues(resourceListValue))
        }
        return r
    }

    /// One quantity, canonical; text that does not parse is left for validation to refuse.
    static func canonical(_ value: JSONValue) -> JSONValue {
        guard let text = text(value), let quantity = Quantity(text) else { return value }
        return .string(quantity.description)
    }

    /// A `resourceFieldRef` with its divisor canonical, or `"0"`.
    static func resourceFieldReference(_ reference: JSONValue) -> JSONValue {
        var ref = reference
        ref["divisor"] = ref["divisor"].isNull ? "0" : canonical(ref["divisor"])
        return ref
    }

    static func resourceListValue(_ value: JSONValue) -> JSONValue {
        guard let text = text(value), let quantity = Quantity(text) else { return value }
        guard quantity.scale < -3 else { return .string(quantity.description) }
        let rounded = Quantity(mantissa: quantity.scaledValue(-3), scale: -3, format: quantity.format)
        return .string(rounded.description)
    }

    private static func text(_ value: JSONValue) -> String? {
        switch value {
        case .string(let text): return text
        case .int(let number): return String(number)
        case .double(let number): return String(number)
        default: return nil
        }
    }
}
