import OrderedCollections

/// Kinds of CustomResourceDefinitions, as apiextensions' OpenAPI builder publishes them.
extension APISchema {
    /// Adds the kind one version of a CustomResourceDefinition serves, read from its
    /// `openAPIV3Schema`: named as the builder names it (`org.projectcalico.crd.v1.IPPool`), its
    /// `apiVersion`, `kind` and `metadata` fields those of `PartialObjectMetadata`, and each
    /// nested object an anonymous type that clients show as `Object`. A version without a schema
    /// publishes a bare object with no fields.
    public mutating func addCustomKind(kind: String, group: String, version: String, schema: JSONValue) {
        let name = (group.split(separator: ".").reversed() + [Substring(version), Substring(kind)]).joined(separator: ".")
        let groupVersion = group.isEmpty ? version : "\(group)/\(version)"
        guard !schema.isNull else {
            types[name] = TypeDefinition(
                name: name, groupVersion: groupVersion, description: "", fields: [], isObject: true, shownAs: nil)
            return
        }
        var fields = customFields(of: schema, typeName: name)
        let standard = types["PartialObjectMetadata"]?.fields ?? []
        fields.removeAll { field in standard.contains { $0.name == field.name } }
        fields = (fields + standard).sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        types[name] = TypeDefinition(
            name: name, groupVersion: groupVersion, description: schema["description"].string ?? "",
            fields: fields, isObject: true, shownAs: nil)
    }

    /// The fields of an object schema, each nested object defined under `typeName/FIELD`.
    private mutating func customFields(of schema: JSONValue, typeName: String) -> [Field] {
        let required = Set(schema["required"].array.compactMap(\.string))
        return schema["properties"].object.map { fieldName, property in
            Field(
                name: fieldName, type: customType(of: property, typeName: "\(typeName)/\(fieldName)", described: false),
                required: required.contains(fieldName), enumValues: property["enum"].array.map(Self.enumText),
                description: property["description"].string ?? "")
        }.sorted { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
    }

    /// The type a schema stands for, as kubectl guesses it: a list of its items, a map of its
    /// additional properties, an anonymous object, a JSON type, or `Object` for a schema with no
    /// type (int-or-string, preserved unknown fields). `described` gives an anonymous object the
    /// schema's own description, as for the items of a list, whose field holds none of theirs.
    private mutating func customType(of schema: JSONValue, typeName: String, described: Bool) -> FieldType {
        if !schema["items"].isNull {
            return .list(customType(of: schema["items"], typeName: typeName + "[]", described: true))
        }
        if !schema["additionalProperties"].object.isEmpty {
            return .map(customType(of: schema["additionalProperties"], typeName: typeName + "{}", described: true))
        }
        let type = schema["type"].string ?? ""
        if type == "object", !schema["properties"].object.isEmpty {
            let fields = customFields(of: schema, typeName: typeName)
            types[typeName] = TypeDefinition(
                name: typeName, groupVersion: nil, description: described ? schema["description"].string ?? "" : "",
                fields: fields, isObject: true, shownAs: "Object")
            return .named(typeName)
        }
        return ["string", "integer", "boolean", "number"].contains(type) ? .primitive(type) : .primitive("Object")
    }

    /// An enum value as Go's `%v` prints it.
    private static func enumText(_ value: JSONValue) -> String {
        value.string ?? GoJSON.marshal(value)
    }
}
