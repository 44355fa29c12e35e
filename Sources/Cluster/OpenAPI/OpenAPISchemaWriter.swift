import KubeAPI
import OrderedCollections

/// The schema types as OpenAPI writes them: Swagger 2.0 definitions (`#/definitions/...`) or
/// OpenAPI 3.0 component schemas (`#/components/schemas/...`, a reference beside other keys
/// wrapped in `allOf`). Keys in the order kube-openapi's structs marshal them, extensions last.
struct OpenAPISchemaWriter {
    enum Flavor { case v2, v3 }

    let schema: APISchema
    let names: OpenAPIDefinitionNames
    let flavor: Flavor

    init(schema: APISchema, flavor: Flavor) {
        self.schema = schema
        self.names = OpenAPIDefinitionNames(schema)
        self.flavor = flavor
    }

    /// The named types `kinds` need, by their published names, sorted as Go writes map keys.
    func definitions(for kinds: [String]) -> JSONValue {
        var wanted = Set<String>()
        for kind in kinds {
            wanted.insert(kind)
            wanted.formUnion(OpenAPIDefinitionNames.reachable(from: kind, in: schema))
        }
        var published: [(String, JSONValue)] = []
        // In name order, so the document is the same whatever order the set gives.
        for name in wanted.sorted() {
            guard let type = schema.types[name], let publishedName = names[name] else { continue }
            published.append((publishedName, definition(type)))
        }
        published.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return .object(OrderedDictionary(published, uniquingKeysWith: { first, _ in first }))
    }

    /// One named type's schema.
    func definition(_ type: APISchema.TypeDefinition) -> JSONValue {
        var out: OrderedDictionary<String, JSONValue> = [:]
        if !type.description.isEmpty { out["description"] = .string(type.description) }
        switch type.name {
        case "IntOrString":
            if flavor == .v2 { out["type"] = "string" }
            out["format"] = "int-or-string"
            if flavor == .v3 { out["oneOf"] = [["type": "integer"], ["type": "string"]] }
        case "Quantity":
            if flavor == .v2 { out["type"] = "string" } else { out["oneOf"] = [["type": "string"], ["type": "number"]] }
        default:
            if !type.isObject {
                out["type"] = .string(type.shownAs ?? "string")
                if type.name.hasSuffix("Time") { out["format"] = "date-time" }
            } else {
                out.merge(objectMembers(type.fields)) { $1 }
            }
        }
        if let groupVersion = type.groupVersion {
            let parts = groupVersion.split(separator: "/").map(String.init)
            out["x-kubernetes-group-version-kind"] = [
                ["group": .string(parts.count == 2 ? parts[0] : ""), "kind": .string(type.displayName), "version": .string(parts.last ?? "")]
            ]
        }
        if type.atomic { out["x-kubernetes-map-type"] = "atomic" }
        return .object(out)
    }

    /// `type`, `required` and `properties` of an object with `fields`.
    private func objectMembers(_ fields: [APISchema.Field]) -> OrderedDictionary<String, JSONValue> {
        var out: OrderedDictionary<String, JSONValue> = ["type": "object"]
        let required = fields.filter(\.required).map { JSONValue.string($0.name) }
        if !required.isEmpty { out["required"] = .array(required) }
        if !fields.isEmpty {
            out["properties"] = .object(OrderedDictionary(uniqueKeysWithValues: fields.map { ($0.name, property($0)) }))
        }
        return out
    }

    /// A field's schema: its description and type, and the patch extensions.
    private func property(_ field: APISchema.Field) -> JSONValue {
        var out: OrderedDictionary<String, JSONValue> = [:]
        if !field.description.isEmpty { out["description"] = .string(field.description) }
        out.merge(typeMembers(field.type, described: !field.description.isEmpty)) { $1 }
        if !field.enumValues.isEmpty, out["enum"] == nil {
            out["enum"] = .array(field.enumValues.map(JSONValue.string))
        }
        if !field.listMapKeys.isEmpty {
            out["x-kubernetes-list-map-keys"] = .array(field.listMapKeys.map(JSONValue.string))
            out["x-kubernetes-list-type"] = "map"
        }
        if !field.patchMergeKey.isEmpty { out["x-kubernetes-patch-merge-key"] = .string(field.patchMergeKey) }
        if !field.patchStrategies.isEmpty { out["x-kubernetes-patch-strategy"] = .string(field.patchStrategies.joined(separator: ",")) }
        return .object(out)
    }

    /// The members saying what a value of `type` is; `described` when a description sits beside them.
    private func typeMembers(_ type: APISchema.FieldType, described: Bool) -> OrderedDictionary<String, JSONValue> {
        switch type {
        case .primitive(let name):
            return ["type": .string(name == "Object" ? "object" : name)]
        case .list(let element):
            return ["type": "array", "items": .object(typeMembers(element, described: false))]
        case .map(let element):
            return ["type": "object", "additionalProperties": .object(typeMembers(element, described: false))]
        case .named(let name):
            guard let published = names[name] else {
                // An anonymous object of a custom kind is written in place.
                guard let inner = schema.types[name] else { return ["type": "object"] }
                var out: OrderedDictionary<String, JSONValue> = [:]
                if !described, !inner.description.isEmpty { out["description"] = .string(inner.description) }
                out.merge(objectMembers(inner.fields)) { $1 }
                return out
            }
            switch flavor {
            case .v2: return ["$ref": .string("#/definitions/" + published)]
            case .v3:
                let reference: JSONValue = ["$ref": .string("#/components/schemas/" + published)]
                return described ? ["allOf": [reference]] : reference.object
            }
        }
    }
}
