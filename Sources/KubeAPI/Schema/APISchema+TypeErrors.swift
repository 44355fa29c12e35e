import OrderedCollections

/// The apiserver decodes a client's JSON into Go structs; a value of the wrong JSON type for a
/// string or boolean field stops it with encoding/json's error. YAML 1.1 makes this a common
/// surprise: `value: yes`, `enabled: on` and `port: 0644` are not the strings they look like.
extension APISchema {
    /// encoding/json's error for the first such value, as the decoder meets it: keys in byte
    /// order (kubectl sends them sorted), the innermost Go struct's name, then the JSON field
    /// path from the object's root (map keys and list indices left out). Nil when none.
    public func typeError(in object: JSONValue, as type: TypeDefinition) -> String? {
        firstTypeError(object, as: .named(type.name), structName: type.displayName, path: "")
    }

    /// The same for a value of the named type found at `path` of the decoded JSON (kubectl checks
    /// a manifest's `metadata` as `ObjectMeta` before anything else).
    public func typeError(in value: JSONValue, as typeName: String, at path: String) -> String? {
        guard let definition = types[typeName] else { return nil }
        return firstTypeError(value, as: .named(typeName), structName: definition.displayName, path: path)
    }

    private func firstTypeError(_ value: JSONValue, as type: FieldType, structName: String, path: String) -> String? {
        switch (type, value) {
        case (_, .null):
            return nil
        case (.primitive("string"), .string), (.primitive("boolean"), .bool):
            return nil
        case (.primitive("string"), _), (.primitive("boolean"), _):
            let goType = type == .primitive("string") ? "string" : "bool"
            return "json: cannot unmarshal \(value.goJSONKind) into Go struct field \(structName).\(path) of type \(goType)"
        case (.list(let element), .array(let items)):
            for item in items {
                if let error = firstTypeError(item, as: element, structName: structName, path: path) { return error }
            }
            return nil
        case (.map(let element), .object(let members)):
            for (_, member) in Self.decodingOrder(members) {
                if let error = firstTypeError(member, as: element, structName: structName, path: path) { return error }
            }
            return nil
        case (.named(let name), .object(let members)):
            guard let definition = types[name], definition.isObject else { return nil }
            for (key, member) in Self.decodingOrder(members) {
                guard let field = definition.fields.first(where: { $0.name == key }) else { continue }
                let childPath = path.isEmpty ? key : path + "." + key
                if let error = firstTypeError(member, as: field.type, structName: definition.displayName, path: childPath) {
                    return error
                }
            }
            return nil
        case (.map(.primitive("string")), _), (.list(.primitive("string")), _):
            // Labels, annotations, finalizers: a value that is no map or list of strings.
            let goType = type == .map(.primitive("string")) ? "map[string]string" : "[]string"
            return "json: cannot unmarshal \(value.goJSONKind) into Go struct field \(structName).\(path) of type \(goType)"
        default:
            // Numbers' Go widths and the other shapes are not known here; the apiserver checks them.
            return nil
        }
    }

    /// The members as the decoder meets them: kubectl sends keys sorted by bytes.
    private static func decodingOrder(_ members: OrderedDictionary<String, JSONValue>) -> [(key: String, value: JSONValue)] {
        members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    }
}
