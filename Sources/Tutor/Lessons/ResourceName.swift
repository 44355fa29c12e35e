import KubeAPI

/// Resource names as kubectl accepts them (`ep`, `endpoints`, `deployments.apps`), reduced to plurals.
enum ResourceName {
    /// The name `kubectl get all` accepts for its fixed set of resources.
    static let all = "all"

    /// The canonical plural of `name`, `all` for `all`, or nil when the API serves no such resource.
    static func canonical(_ name: String) -> String? {
        let lower = name.lowercased()
        if lower == all { return all }
        let type = ResourceType.served.first { type in
            type.plural == lower || type.singular == lower || type.shortNames.contains(lower)
                || type.qualifiedPlural == lower || "\(type.singular).\(type.group)" == lower
        }
        return type?.plural
    }

    /// Whether objects of `plural` live in namespaces (`pods`) or not (`nodes`).
    static func isNamespaced(_ plural: String) -> Bool {
        ResourceType.served.first { $0.plural == plural }?.namespaced ?? true
    }

    /// The set of plurals a list of names stands for, with `all` expanded as kubectl expands it.
    static func expanded(_ names: [String]) -> Set<String> {
        var result = Set<String>()
        for name in names {
            let plural = canonical(name) ?? name.lowercased()
            if plural == all {
                result.formUnion(ResourceType.all.map(\.plural))
            } else {
                result.insert(plural)
            }
        }
        return result
    }
}
