import OrderedCollections

extension APISchema {
    /// What decoding `object` as `type` leaves out: the fields the type does not have, by path
    /// (`spec.containers[0].imagePullPolicyy`) in document order, and the object as the apiserver
    /// stores it: without them, and without nulls or empty maps and lists, which Go's encoder
    /// omits. Free-form parts (`Object`, value types) are kept as they are.
    public func unknownFields(of object: JSONValue, as type: TypeDefinition) -> (paths: [String], known: JSONValue) {
        var paths: [String] = []
        let known = prune(object, as: .named(type.name), path: "", into: &paths)
        return (paths, known)
    }

    private func prune(_ value: JSONValue, as type: FieldType, path: String, into paths: inout [String]) -> JSONValue {
        switch (type, value) {
        case (.list(let element), .array(let items)):
            return .array(items.enumerated().map { index, item in
                prune(item, as: element, path: "\(path)[\(index)]", into: &paths)
            })
        case (.map(let element), .object(let members)):
            var kept: OrderedDictionary<String, JSONValue> = [:]
            for (key, member) in members { kept[key] = prune(member, as: element, path: Self.join(path, key), into: &paths) }
            return .object(kept)
        case (.named(let name), .object(let members)):
            guard let definition = types[name], definition.isObject else { return value }
            var kept: OrderedDictionary<String, JSONValue> = [:]
            for (key, member) in members {
                let childPath = Self.join(path, key)
                guard let field = definition.fields.first(where: { $0.name == key }) else {
                    paths.append(childPath)
                    continue
                }
                let decoded = prune(member, as: field.type, path: childPath, into: &paths)
                if !Self.isOmitted(decoded, as: field.type) { kept[key] = decoded }
            }
            return .object(kept)
        default:
            return value
        }
    }

    /// Whether a field's value is left out of the stored object: null, or an empty map or list.
    private static func isOmitted(_ value: JSONValue, as type: FieldType) -> Bool {
        switch (type, value) {
        case (_, .null): return true
        case (.map, .object(let members)): return members.isEmpty
        case (.list, .array(let items)): return items.isEmpty
        default: return false
        }
    }

    private static func join(_ path: String, _ key: String) -> String { path.isEmpty ? key : path + "." + key }
}
