import Cluster
import KubeAPI

/// `kubectl auth can-i --list`: the rules a SelfSubjectRulesReview returns, broken down to one
/// verb per rule, merged again per resource, sorted and printed as a table (`printStatus`).
enum AuthCanIList {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        guard flags.positionals.isEmpty else { throw .error("list option must be specified with no arguments") }
        if flags.bool("quiet") || flags.bool("all-namespaces") || !(flags.string("subresource") ?? "").isEmpty {
            throw .error("list option can't be specified with neither quiet, all-namespaces nor subresource options")
        }
        let review = try context.cluster.rulesReview(for: context.user ?? .kubeadmAdmin, namespace: context.namespace)
        if review.incomplete { context.io.err("Warning: the list may be incomplete: \(review.evaluationError)\n") }
        context.io.out(table(review, headers: !flags.bool("no-headers")))
        return 0
    }

    /// The table, laid out by kubectl's `GetNewTabWriter` (minwidth 6, padding 3).
    static func table(_ review: SubjectRules, headers: Bool) -> String {
        var writer = TabWriter(minWidth: 6, padding: 3)
        if headers { writer.write("Resources\tNon-Resource URLs\tResource Names\tVerbs\n") }
        for rule in rules(review) {
            writer.writeRow([rule.resourceColumn, list(rule.urls), list(rule.names), list(rule.verbs)])
        }
        return writer.flush()
    }

    /// One rule as kubectl holds it (`rbacv1.PolicyRule`).
    struct Rule: Equatable {
        var verbs: [String]
        var groups: [String] = []
        var resources: [String] = []
        var names: [String] = []
        var urls: [String] = []

        /// `CombineResourceGroup`: `resource.group`, a subresource after its slash.
        var resourceColumn: String {
            guard let resource = resources.first else { return "" }
            let parts = resource.split(separator: "/", maxSplits: 1).map(String.init)
            var text = parts.first ?? ""
            if let group = groups.first, !group.isEmpty { text += ".\(group)" }
            if parts.count == 2 { text += "/\(parts[1])" }
            return text
        }

        /// The generated `PolicyRule.String()`, which the rules are sorted by.
        var sortKey: String {
            "&PolicyRule{Verbs:\(list(verbs)),APIGroups:\(list(groups)),Resources:\(list(resources)),"
                + "ResourceNames:\(list(names)),NonResourceURLs:\(list(urls)),}"
        }
    }

    /// The review's rules as `printStatus` orders them: broken down, compacted, sorted stably.
    static func rules(_ review: SubjectRules) -> [Rule] {
        var broken: [Rule] = []
        for rule in review.resourceRules {
            for group in rule.apiGroups {
                for resource in rule.resources {
                    for verb in rule.verbs {
                        let names = rule.resourceNames.isEmpty ? [nil] : rule.resourceNames.map { Optional($0) }
                        for name in names {
                            broken.append(Rule(verbs: [verb], groups: [group], resources: [resource], names: name.map { [$0] } ?? []))
                        }
                    }
                }
            }
        }
        for rule in review.nonResourceRules {
            for url in rule.urls {
                for verb in rule.verbs { broken.append(Rule(verbs: [verb], urls: [url])) }
            }
        }
        // CompactRules: resource rules for one group, resource and name gather their verbs.
        var compacted: [Rule] = []
        var simple: [Rule] = []
        for rule in broken {
            guard rule.urls.isEmpty else {
                compacted.append(rule)
                continue
            }
            if let index = simple.firstIndex(where: { $0.groups == rule.groups && $0.resources == rule.resources && $0.names == rule.names }) {
                for verb in rule.verbs where !simple[index].verbs.contains(verb) { simple[index].verbs.append(verb) }
            } else {
                simple.append(rule)
            }
        }
        let all = compacted + simple
        return all.enumerated().sorted { a, b in
            let (x, y) = (a.element.sortKey, b.element.sortKey)
            return x.utf8.lexicographicallyPrecedes(y.utf8) || (x == y && a.offset < b.offset)
        }.map(\.element)
    }

    /// Go's `%v` of a string slice: `[a b c]`.
    static func list(_ items: [String]) -> String { "[\(items.joined(separator: " "))]" }
}
