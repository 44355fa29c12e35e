import KubeAPI

/// Roles and ClusterRoles: their rules broken down to one verb each, merged again per resource,
/// and sorted as kubectl sorts them (by the rule's Go string, which starts with its verbs).
enum RoleDescriber {
    static func describe(_ role: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.unscopedHeader(role)
        w.write(0, "PolicyRule:\n")
        w.write(1, "Resources\tNon-Resource URLs\tResource Names\tVerbs\n")
        w.write(1, "---------\t-----------------\t--------------\t-----\n")
        let rules = compact(role.value["rules"].array.flatMap(breakdown))
        for rule in rules.enumerated().sorted(by: { a, b in
            a.element.goString != b.element.goString ? a.element.goString < b.element.goString : a.offset < b.offset
        }).map(\.element) {
            w.write(
                1, "\(resourceAndGroup(rule))\t\(goList(rule.urls))\t\(goList(rule.names))\t\(goList(rule.verbs))\n")
        }
        return w.finish()
    }

    /// One policy rule's lists.
    struct Rule: Equatable {
        var verbs: [String] = []
        var groups: [String] = []
        var resources: [String] = []
        var names: [String] = []
        var urls: [String] = []

        /// The generated `PolicyRule.String()` kubectl sorts by.
        var goString: String {
            "&PolicyRule{Verbs:\(goList(verbs)),APIGroups:\(goList(groups)),Resources:\(goList(resources)),"
                + "ResourceNames:\(goList(names)),NonResourceURLs:\(goList(urls)),}"
        }
    }

    /// `BreakdownRule`: one rule per group, resource, verb and resource name; one per URL and verb.
    static func breakdown(_ json: JSONValue) -> [Rule] {
        func list(_ key: String) -> [String] { json[key].array.map(\.text) }
        var rules: [Rule] = []
        for group in list("apiGroups") {
            for resource in list("resources") {
                for verb in list("verbs") {
                    let names = list("resourceNames")
                    for name in names.isEmpty ? [nil] : names.map(Optional.some) {
                        rules.append(
                            Rule(verbs: [verb], groups: [group], resources: [resource], names: name.map { [$0] } ?? []))
                    }
                }
            }
        }
        for url in list("nonResourceURLs") {
            for verb in list("verbs") { rules.append(Rule(verbs: [verb], urls: [url])) }
        }
        return rules
    }

    /// `CompactRules`: rules on one group, resource and (at most one) name merge their verbs.
    static func compact(_ rules: [Rule]) -> [Rule] {
        var compacted: [Rule] = []
        var simple: [[String]: Rule] = [:]
        var order: [[String]] = []
        for rule in rules {
            guard rule.urls.isEmpty, rule.names.count <= 1, rule.groups.count == 1, rule.resources.count == 1 else {
                compacted.append(rule)
                continue
            }
            let key = rule.groups + rule.resources + (rule.names.isEmpty ? [] : ["", rule.names[0]])
            if var existing = simple[key] {
                existing.verbs += rule.verbs.filter { !existing.verbs.contains($0) }
                simple[key] = existing
            } else {
                simple[key] = rule
                order.append(key)
            }
        }
        return compacted + order.compactMap { simple[$0] }
    }

    /// `CombineResourceGroup`: `resource.group/subresource` of the first resource and group.
    private static func resourceAndGroup(_ rule: Rule) -> String {
        guard let first = rule.resources.first else { return "" }
        let parts = first.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        var combined = String(parts[0])
        if let group = rule.groups.first, !group.isEmpty { combined += ".\(group)" }
        if parts.count == 2 { combined += "/\(parts[1])" }
        return combined
    }

    private static func goList(_ items: [String]) -> String { "[\(items.joined(separator: " "))]" }
}

/// RoleBindings and ClusterRoleBindings: the role they grant and to whom.
enum RoleBindingDescriber {
    static func describe(_ binding: KubeObject, _ context: DescribeContext) -> String {
        var w = DescribeWriter()
        w.unscopedHeader(binding)
        w.write(0, "Role:\n")
        w.field(1, "Kind", binding.value["roleRef"]["kind"].text)
        w.field(1, "Name", binding.value["roleRef"]["name"].text)
        w.write(0, "Subjects:\n")
        w.write(1, "Kind\tName\tNamespace\n")
        w.write(1, "----\t----\t---------\n")
        for subject in binding.value["subjects"].array {
            w.write(1, "\(subject["kind"].text)\t\(subject["name"].text)\t\(subject["namespace"].text)\n")
        }
        return w.finish()
    }
}
