import KubeAPI

extension Cluster {
    /// The discovery document of one group version (`/api/v1`, `/apis/apps/v1`): every resource
    /// and subresource it serves, sorted by name as the apiserver installs them, in
    /// `metav1.APIResourceList`'s field order; nil for a group version nothing serves. The core
    /// group's document carries no `apiVersion`, as the legacy handler writes it.
    public func apiResourceList(groupVersion: String) -> JSONValue? {
        let types = (servedResources + ResourceType.otherVersions).filter { $0.apiVersion == groupVersion }
        guard !types.isEmpty else { return nil }
        var entries: [(name: String, value: JSONValue)] = []
        for type in types {
            let definition = type.group.isEmpty ? nil : lookup(.customResourceDefinitions, nil, "\(type.plural).\(type.group)")
            var entry: JSONValue = [
                "name": .string(type.plural), "singularName": .string(type.singular), "namespaced": .bool(type.namespaced),
                "kind": .string(type.kind), "verbs": .array(type.verbs.map(JSONValue.string)),
            ]
            if !type.shortNames.isEmpty { entry["shortNames"] = .array(type.shortNames.map(JSONValue.string)) }
            let categories = definition.map { $0[path: "spec.names.categories"].array.compactMap(\.string) } ?? type.categories
            if !categories.isEmpty { entry["categories"] = .array(categories.map(JSONValue.string)) }
            if type.isStored { entry["storageVersionHash"] = .string(Self.storageVersionHash(storageType(of: type))) }
            entries.append((type.plural, entry))
            for subresource in definition.map({ Self.subresources(of: $0, version: type.version) }) ?? type.subresources {
                var sub: JSONValue = [
                    "name": .string("\(type.plural)/\(subresource.name)"), "singularName": "", "namespaced": .bool(type.namespaced),
                ]
                if let group = subresource.group { sub["group"] = .string(group) }
                if let version = subresource.version { sub["version"] = .string(version) }
                sub["kind"] = .string(subresource.kind ?? type.kind)
                sub["verbs"] = .array(subresource.verbs.map(JSONValue.string))
                entries.append((type.plural + "/" + subresource.name, sub))
            }
        }
        entries.sort { $0.name.utf8.lexicographicallyPrecedes($1.name.utf8) }
        var list: JSONValue = ["kind": "APIResourceList"]
        if groupVersion.contains("/") { list["apiVersion"] = "v1" }
        list["groupVersion"] = .string(groupVersion)
        list["resources"] = .array(entries.map(\.value))
        return list
    }

    /// A custom resource's subresources: what the definition's version enables.
    private static func subresources(of definition: KubeObject, version: String) -> [Subresource] {
        let enabled = definition[path: "spec.versions"].array.first { $0["name"].string == version }?["subresources"] ?? .null
        var found: [Subresource] = []
        if !enabled["scale"].isNull {
            found.append(Subresource("scale", ["get", "patch", "update"], kind: "Scale", group: "autoscaling", version: "v1"))
        }
        if !enabled["status"].isNull { found.append(Subresource("status", ["get", "patch", "update"])) }
        return found
    }

    /// `discovery.StorageVersionHash`: the first 8 bytes of the SHA-256 of the storage version's
    /// `group/version/kind`, in base64; clients compare it to notice a storage version change.
    static func storageVersionHash(_ type: ResourceType) -> String {
        Base64.encode(Array(SHA256.digest("\(type.group)/\(type.version)/\(type.kind)").prefix(8)))
    }
}
