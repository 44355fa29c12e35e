import KubeAPI

/// kube-controller-manager's clusterrole-aggregation controller: a ClusterRole with an
/// `aggregationRule` holds the rules of every other ClusterRole its selectors pick, taken in
/// name order, selector by selector, each rule once. This is how `admin`, `edit` and `view` get
/// their rules from the `system:aggregate-to-*` roles (and from any role labelled to join them).
extension Cluster {
    /// Brings every aggregated ClusterRole's rules up to date; reports whether it wrote any.
    func aggregateClusterRoles() -> Bool {
        // Like an informer-fed controller, it looks again only when a ClusterRole changed.
        if let changes = takeChanges(for: .clusterRoleAggregation, of: [.clusterRoles]), changes.isEmpty { return false }
        var wrote = false
        for role in list(.clusterRoles) {
            guard role.value["aggregationRule"] != .null else { continue }
            let selectors = role.value["aggregationRule"]["clusterRoleSelectors"].array
            var rules: [JSONValue] = []
            for selector in selectors.map(LabelSelector.init(json:)) {
                // LabelSelectorAsSelector makes an empty selector match every role, as here.
                for source in list(.clusterRoles) where source.name != role.name && selector.matches(source) {
                    for rule in source.value["rules"].array where !rules.contains(where: { Self.sameRule($0, rule) }) {
                        rules.append(rule)
                    }
                }
            }
            let current = role.value["rules"].array
            if current.count == rules.count, zip(current, rules).allSatisfy({ Self.sameRule($0, $1) }) { continue }
            var updated = role
            updated.value["rules"] = rules.isEmpty ? .null : .array(rules)
            // A world records its roles as they stood at its capture, long after the controller
            // had filled them: restored, the role keeps the version the world gives it.
            if restoring, updated.metadata["resourceVersion"].string != nil {
                store.put(.clusterRoles, updated, keepingVersion: true)
                wrote = true
            } else {
                wrote = save(.clusterRoles, updated) || wrote
            }
        }
        return wrote
    }

    /// `equality.Semantic.DeepEqual` on two policy rules: a missing list and an empty one are the same.
    private static func sameRule(_ a: JSONValue, _ b: JSONValue) -> Bool {
        ["verbs", "apiGroups", "resources", "resourceNames", "nonResourceURLs"].allSatisfy { a[$0].array == b[$0].array }
    }
}
