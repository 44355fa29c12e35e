import Cluster
import KubeAPI

/// `kubectl create role|clusterrole NAME --verb=... --resource=...`: one policy rule per API
/// group of the named resources, each resource looked up in discovery.
enum CreateRole {
    static let flags: [FlagSpec] = [
        FlagSpec("verb", nil, .stringArray), FlagSpec("resource", nil, .stringArray),
        FlagSpec("resource-name", nil, .stringArray),
    ]

    static let standardVerbs = [
        "*", "get", "delete", "list", "create", "update", "patch", "watch", "proxy", "deletecollection", "use", "bind",
        "escalate", "impersonate",
    ]
    /// Verbs that only apply to certain resources (group/resource).
    static let specialVerbs: [String: [(String, String)]] = [
        "use": [("policy", "podsecuritypolicies"), ("extensions", "podsecuritypolicies")],
        "bind": [("rbac.authorization.k8s.io", "roles"), ("rbac.authorization.k8s.io", "clusterroles")],
        "escalate": [("rbac.authorization.k8s.io", "roles"), ("rbac.authorization.k8s.io", "clusterroles")],
        "impersonate": [("", "users"), ("", "serviceaccounts"), ("", "groups"), ("authentication.k8s.io", "userextras")],
    ]

    @Sendable static func runRole(_ context: VerbContext, _ arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create role")
        let rules = try rules(context, requireResource: true)
        return try create(name: name, kind: "Role", type: .roles, rules: rules, context: context)
    }

    @Sendable static func runClusterRole(_ context: VerbContext, _ arguments: [String]) throws(KubectlFailure) -> Int32 {
        let name = try Create.name(arguments, flags: context.flags, command: "create clusterrole")
        if let labels = try CreateClusterRoleAggregation.labels(context.flags) {
            return try CreateClusterRoleAggregation.create(name: name, labels: labels, context: context)
        }
        var rules = try rules(context, requireResource: false)
        let urls = Create.slice(context.flags, "non-resource-url")
        if !urls.isEmpty {
            for url in urls {
                guard url.hasPrefix("/") else { throw .error("nonResourceURL should start with /") }
                if let star = url.firstIndex(of: "*"), star != url.index(before: url.endIndex) {
                    throw .error("nonResourceURL only supports wildcard matches when '*' is at the end")
                }
            }
            let verbs = verbs(context.flags)
            if let bad = verbs.first(where: { !["*", "get", "post", "put", "delete", "patch", "head", "options"].contains($0) }) {
                throw .error("invalid verb: '\(bad)' for nonResourceURL")
            }
            rules.append(["verbs": .array(verbs.map(JSONValue.string)), "nonResourceURLs": .array(urls.map(JSONValue.string))])
        }
        return try create(name: name, kind: "ClusterRole", type: .clusterRoles, rules: rules, context: context)
    }

    /// The verbs given, each once, or just `*` when it is among them.
    static func verbs(_ flags: ParsedFlags) -> [String] {
        var verbs: [String] = []
        for verb in Create.slice(flags, "verb") {
            if verb == "*" { return ["*"] }
            if !verbs.contains(verb) { verbs.append(verb) }
        }
        return verbs
    }

    /// Validates verbs and resources and groups the resources into rules, groups sorted.
    private static func rules(_ context: VerbContext, requireResource: Bool) throws(KubectlFailure) -> [JSONValue] {
        let verbs = verbs(context.flags)
        var resources: [(group: String, resource: String, sub: String)] = []
        for text in Create.slice(context.flags, "resource") {
            let sections = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let parts = sections[0].split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let entry = (group: parts.count == 2 ? parts[1] : "", resource: parts[0], sub: sections.count == 2 ? sections[1] : "")
            if entry.resource == "*" && parts.count == 1 && sections.count == 1 {
                resources = [entry]
                break
            }
            resources.append(entry)
        }
        guard !verbs.isEmpty else { throw .error("at least one verb must be specified") }
        if !requireResource && resources.isEmpty && !context.flags.isSet("non-resource-url") {
            throw .error("one of resource or nonResourceURL must be specified")
        }
        for verb in verbs where !standardVerbs.contains(verb) {
            context.io.err("Warning: '\(verb)' is not a standard resource verb\n")
        }
        if requireResource && resources.isEmpty { throw .error("at least one resource must be specified") }
        // Mapping the resources asks discovery first, even for `*`.
        if !resources.isEmpty { _ = try context.cluster }
        var byGroup: [String: [String]] = [:]
        for entry in resources {
            guard !entry.resource.isEmpty else { throw .error("resource must be specified if apiGroup/subresource specified") }
            var group = entry.group
            var resource = entry.resource
            if resource != "*" {
                let type = ResourceResolver.resolve(entry.group.isEmpty ? resource : "\(resource).\(entry.group)")
                for verb in verbs {
                    guard let allowed = specialVerbs[verb] else { continue }
                    let (g, r) = type.map { ($0.group, $0.plural) } ?? (group, resource)
                    if !allowed.contains(where: { $0 == (g, r) }) {
                        throw .error("can not perform '\(verb)' on '\(r)' in group '\(g)'")
                    }
                }
                guard let type else {
                    let suffix = entry.group.isEmpty ? "" : " in group \(GoSyntax.quoted(entry.group))"
                    throw KubectlFailure("the server doesn't have a resource type \(GoSyntax.quoted(resource))\(suffix)")
                }
                group = type.group
                resource = type.plural
            }
            if !entry.sub.isEmpty { resource += "/\(entry.sub)" }
            if !(byGroup[group]?.contains(resource) ?? false) { byGroup[group, default: []].append(resource) }
        }
        var names: [String] = []
        for name in context.flags.strings("resource-name") where !names.contains(name) { names.append(name) }
        return byGroup.keys.sorted().map { group in
            var rule: JSONValue = [
                "verbs": .array(verbs.map(JSONValue.string)), "apiGroups": [.string(group)],
                "resources": .array((byGroup[group] ?? []).map(JSONValue.string)),
            ]
            if !names.isEmpty { rule["resourceNames"] = .array(names.map(JSONValue.string)) }
            return rule
        }
    }

    private static func create(
        name: String, kind: String, type: ResourceType, rules: [JSONValue], context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        let role = KubeObject([
            "kind": .string(kind), "apiVersion": "rbac.authorization.k8s.io/v1",
            "metadata": ["name": .string(name), "creationTimestamp": nil], "rules": .array(rules),
        ])
        return try ObjectOutput.create(role, type: type, context: context)
    }
}
