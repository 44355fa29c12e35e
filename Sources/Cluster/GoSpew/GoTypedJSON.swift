import KubeAPI
import OrderedCollections

/// An object as a typed Go client holds it after decoding its JSON into the Go struct, written back
/// the way `encoding/json` marshals that struct: fields in declaration order, fields the type
/// lacks dropped, absent fields without `omitempty` present as their zero value (`null`, `""`,
/// `0`, `{}`), empty ones with it left out, and map keys sorted.
///
/// Printers of typed objects (`kubectl cluster-info dump`) write this instead of the stored
/// object's order. The result keeps Go's order: print it without sorting keys.
public enum GoTypedJSON {
    /// Whether the Go type named `typeName` is known, so `encode` can order its fields.
    public static func knows(_ typeName: String) -> Bool { GoSchema.structs[typeName] != nil }

    /// The API groups whose types the schema holds; their kinds' Go names (`v1.Pod`, `v1.Job`) do
    /// not clash. (`events.k8s.io/v1` Event would: it is not one of them.)
    private static let groups: Set<String> = [
        "", "apps", "authentication.k8s.io", "rbac.authorization.k8s.io", "batch", "networking.k8s.io", "policy",
        "scheduling.k8s.io", "autoscaling",
    ]

    /// The Go type name of a resource's objects (`v1.Deployment`), when the schema knows it.
    public static func typeName(of type: ResourceType) -> String? {
        let name = "\(type.version).\(type.kind)"
        return groups.contains(type.group) && knows(name) ? name : nil
    }

    /// `json` decoded into the Go type named `typeName` (`v1.PodList`) and marshalled again.
    public static func encode(_ json: JSONValue, as typeName: String) -> JSONValue {
        value(json, .named(typeName))
    }

    /// What a field of `type` marshals to when `json` (nil when absent) was decoded into it.
    private static func value(_ json: JSONValue?, _ type: GoType) -> JSONValue {
        // JSON null decodes as an absent field. (A bare `nil` in a closure here would be
        // JSONValue's null literal, not Optional's none.)
        let present: JSONValue? = json?.isNull == false ? json : nil
        switch type {
        case .pointer(let element):
            guard let present else { return .null }
            return value(present, element)
        case .slice(let element):
            if case .builtin("uint8") = element { return present ?? .null }
            guard case .array(let items)? = present else { return .null }
            return .array(items.map { value($0, element) })
        case .map(_, let element):
            guard case .object(let members)? = present else { return .null }
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            return .object(OrderedDictionary(uniqueKeysWithValues: keys.map { ($0, value(members[$0], element)) }))
        case .builtin(let name):
            return builtin(present, name)
        case .named(let name):
            if let leaf = leaf(present, name) { return leaf }
            if let fields = GoSchema.structs[name] { return .object(structMembers(present, fields)) }
            if let definition = GoSchema.definedTypes[name] { return value(json, GoType.parse(definition)) }
            return present ?? .null
        }
    }

    /// Scalars keep what was decoded; a missing one is its zero value.
    private static func builtin(_ json: JSONValue?, _ name: String) -> JSONValue {
        switch name {
        case "string": return json?.string.map(JSONValue.string) ?? .string("")
        case "bool": return json?.bool.map(JSONValue.bool) ?? .bool(false)
        case "float32", "float64":
            if case .double? = json { return json ?? .int(0) }
            return json?.int.map(JSONValue.int) ?? .int(0)
        default: return json?.int.map(JSONValue.int) ?? .int(0)
        }
    }

    /// apimachinery's types with their own JSON: times, quantities, int-or-strings, raw fields.
    private static func leaf(_ json: JSONValue?, _ name: String) -> JSONValue? {
        switch name {
        case "v1.Time", "v1.MicroTime": return json ?? .null
        case "resource.Quantity": return json ?? .string("0")
        case "intstr.IntOrString": return json ?? .int(0)
        case "v1.FieldsV1": return json ?? .null
        default: return nil
        }
    }

    private typealias Members = OrderedDictionary<String, JSONValue>

    private static func structMembers(_ json: JSONValue?, _ fields: [GoSchema.Field]) -> Members {
        let members = json?.object ?? [:]
        var out: Members = [:]
        for field in fields {
            guard let name = field.json else {
                for (key, member) in value(json, field.type).object where out[key] == nil { out[key] = member }
                continue
            }
            if name == "-" { continue }
            let member = value(members[name], field.type)
            if field.omitEmpty, isEmpty(member, field.type) { continue }
            out[name] = member
        }
        return out
    }

    /// Go's `omitempty` test: false, 0, "", nil, and empty slices and maps; never a struct.
    private static func isEmpty(_ json: JSONValue, _ type: GoType) -> Bool {
        switch type.underlying {
        case .pointer: return json.isNull
        case .slice, .map:
            switch json {
            case .null: return true
            case .array(let items): return items.isEmpty
            case .object(let members): return members.isEmpty
            case .string(let text): return text.isEmpty
            default: return false
            }
        case .builtin:
            switch json {
            case .string(let text): return text.isEmpty
            case .bool(let flag): return !flag
            case .int(let number): return number == 0
            case .double(let number): return number == 0
            default: return json.isNull
            }
        case .named: return false
        }
    }
}
