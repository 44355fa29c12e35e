import KubeAPI

/// A new CustomResourceDefinition as apiextensions' v1 defaults and create strategy leave it:
/// the singular and list kind named from the kind, conversion `None`, generation 1, and a
/// status holding only the storage version (the naming controller fills in the rest).
enum DefinitionCreateStrategy {
    static func apply(to definition: KubeObject) -> KubeObject {
        var definition = definition
        var names = definition[path: "spec.names"]
        let kind = names["kind"].string ?? ""
        if (names["singular"].string ?? "").isEmpty, !kind.isEmpty { names["singular"] = .string(kind.lowercased()) }
        if (names["listKind"].string ?? "").isEmpty, !kind.isEmpty { names["listKind"] = .string(kind + "List") }
        if !names.isNull { definition[path: "spec.names"] = names }
        if definition[path: "spec.conversion"].isNull { definition[path: "spec.conversion"] = ["strategy": "None"] }
        definition[path: "metadata.generation"] = 1
        let storage = definition[path: "spec.versions"].array.filter { $0["storage"].bool == true }.compactMap { $0["name"].string }
        definition.value["status"] = [
            "acceptedNames": ["kind": "", "plural": ""], "conditions": .null,
            "storedVersions": .array(storage.map(JSONValue.string)),
        ]
        return definition
    }

    /// `ValidateCustomResourceDefinition`'s rules on the name (the plural, a dot and the group)
    /// and on each version's schema, which apiextensions.k8s.io/v1 requires.
    static func validate(_ definition: KubeObject) throws(APIError) {
        let plural = definition[path: "spec.names.plural"].string ?? ""
        let group = definition[path: "spec.group"].string ?? ""
        var causes: [InvalidDetails.Cause] = []
        if definition.name != "\(plural).\(group)" {
            causes.append(FieldError.invalid(
                "metadata.name", GoSyntax.quoted(definition.name), "must be spec.names.plural+\".\"+spec.group"))
        }
        for (index, version) in definition[path: "spec.versions"].array.enumerated()
        where version[path: "schema.openAPIV3Schema"].isNull {
            causes.append(FieldError.required("spec.versions[\(index)].schema.openAPIV3Schema", "schemas are required"))
        }
        guard !causes.isEmpty else { return }
        throw APIError.invalid(
            kind: "CustomResourceDefinition", group: "apiextensions.k8s.io", name: definition.name, causes: causes)
    }
}
