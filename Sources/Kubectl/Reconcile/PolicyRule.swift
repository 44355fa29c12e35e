import KubeAPI

/// An RBAC rule (`rbac/v1` PolicyRule) as the reconciler compares rules: what it allows, and
/// how Go's `%+v` prints it in `auth reconcile`'s report.
struct PolicyRule: Equatable {
    var verbs: [String] = []
    var apiGroups: [String] = []
    var resources: [String] = []
    var resourceNames: [String] = []
    var nonResourceURLs: [String] = []

    init(verbs: [String], apiGroups: [String] = [], resources: [String] = [], resourceNames: [String] = [], nonResourceURLs: [String] = []) {
        self.verbs = verbs
        self.apiGroups = apiGroups
        self.resources = resources
        self.resourceNames = resourceNames
        self.nonResourceURLs = nonResourceURLs
    }

    init(_ json: JSONValue) {
        func strings(_ key: String) -> [String] { json[key].array.map { $0.string ?? "" } }
        self.init(
            verbs: strings("verbs"), apiGroups: strings("apiGroups"), resources: strings("resources"),
            resourceNames: strings("resourceNames"), nonResourceURLs: strings("nonResourceURLs"))
    }

    /// The rule as the Go struct marshals it: `verbs` always, the other lists when not empty.
    var json: JSONValue {
        var members: JSONValue = ["verbs": .array(verbs.map(JSONValue.string))]
        for (key, list) in [("apiGroups", apiGroups), ("resources", resources), ("resourceNames", resourceNames), ("nonResourceURLs", nonResourceURLs)]
        where !list.isEmpty {
            members[key] = .array(list.map(JSONValue.string))
        }
        return members
    }

    /// `%+v` of the Go struct: `{Verbs:[get list] APIGroups:[ apps] ...}` (a list is its items
    /// joined by spaces, so the core group `""` leaves only the separator).
    var goDescription: String {
        func list(_ items: [String]) -> String { "[" + items.joined(separator: " ") + "]" }
        return "{Verbs:\(list(verbs)) APIGroups:\(list(apiGroups)) Resources:\(list(resources)) "
            + "ResourceNames:\(list(resourceNames)) NonResourceURLs:\(list(nonResourceURLs))}"
    }

    /// The rule split into rules of one verb, group, resource and name each (non-resource URLs
    /// pair with verbs alone), as component-helpers' `BreakdownRule` does.
    var brokenDown: [PolicyRule] {
        var rules: [PolicyRule] = []
        for group in apiGroups {
            for resource in resources {
                for verb in verbs {
                    if resourceNames.isEmpty {
                        rules.append(PolicyRule(verbs: [verb], apiGroups: [group], resources: [resource]))
                    } else {
                        for name in resourceNames {
                            rules.append(PolicyRule(verbs: [verb], apiGroups: [group], resources: [resource], resourceNames: [name]))
                        }
                    }
                }
            }
        }
        for url in nonResourceURLs {
            for verb in verbs { rules.append(PolicyRule(verbs: [verb], nonResourceURLs: [url])) }
        }
        return rules
    }

    /// The broken-down rules of `servants` that no rule of `owners` allows (`validation.Covers`).
    static func uncovered(by owners: [PolicyRule], _ servants: [PolicyRule]) -> [PolicyRule] {
        servants.flatMap(\.brokenDown).filter { rule in !owners.contains { $0.covers(rule) } }
    }

    /// Whether this rule allows everything a broken-down rule does.
    private func covers(_ rule: PolicyRule) -> Bool {
        let verbsMatch = verbs.contains("*") || Set(verbs).isSuperset(of: rule.verbs)
        let groupsMatch = apiGroups.contains("*") || Set(apiGroups).isSuperset(of: rule.apiGroups)
        let namesMatch = rule.resourceNames.isEmpty
            ? resourceNames.isEmpty : resourceNames.isEmpty || Set(resourceNames).isSuperset(of: rule.resourceNames)
        let urlsMatch = rule.nonResourceURLs.allSatisfy { path in
            nonResourceURLs.contains { $0 == path || ($0.hasSuffix("*") && path.hasPrefix(String($0.dropLast()))) }
        }
        return verbsMatch && groupsMatch && coversResources(rule.resources) && namesMatch && urlsMatch
    }

    /// `*`, every resource named, or `*/sub` for a subresource.
    private func coversResources(_ wanted: [String]) -> Bool {
        if resources.contains("*") || Set(resources).isSuperset(of: wanted) { return true }
        return wanted.allSatisfy { path in
            if resources.contains(path) { return true }
            guard let slash = path.firstIndex(of: "/") else { return false }
            return resources.contains("*" + path[slash...])
        }
    }
}

/// A subject of a binding, compared field by field as the Go struct is.
struct BindingSubject: Equatable {
    var kind: String
    var apiGroup: String
    var name: String
    var namespace: String

    init(_ json: JSONValue) {
        kind = json["kind"].string ?? ""
        apiGroup = json["apiGroup"].string ?? ""
        name = json["name"].string ?? ""
        namespace = json["namespace"].string ?? ""
    }

    /// `%+v` of the Go struct.
    var goDescription: String { "{Kind:\(kind) APIGroup:\(apiGroup) Name:\(name) Namespace:\(namespace)}" }
}
