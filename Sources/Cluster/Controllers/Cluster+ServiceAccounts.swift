import KubeAPI

/// kube-controller-manager's ServiceAccounts controller: every active namespace holds a
/// `default` ServiceAccount, created right after the namespace and put back when deleted.
extension Cluster {
    /// Creates each active namespace's missing `default` ServiceAccount; reports whether it wrote any.
    func ensureDefaultServiceAccounts() -> Bool {
        // Like an informer-fed controller, it looks again only when a namespace or ServiceAccount changed.
        if let changes = takeChanges(for: .serviceAccounts, of: [.namespaces, .serviceAccounts]), changes.isEmpty { return false }
        var wrote = false
        for namespace in list(.namespaces) where namespace[path: "status.phase"].string == "Active" {
            guard lookup(.serviceAccounts, namespace.name, Self.defaultServiceAccountName) == nil else { continue }
            // Its UID comes from a stream of its own (seeded by the namespace's UID and the
            // store's revision), as the root CA publisher's ConfigMaps do, so the names and UIDs
            // drawn for other objects stay as they were.
            var own = NameGenerator(seed: Self.seed(from: "\(namespace.uid)/serviceaccount/\(store.revision)"))
            swap(&names, &own)
            let created = createOwned(
                Self.defaultServiceAccount(in: namespace, restoring: restoring), as: .serviceAccounts)
            swap(&names, &own)
            wrote = created != nil || wrote
        }
        return wrote
    }

    /// The account as the controller creates it (a name and nothing else); restored from a
    /// world, it dates from its namespace.
    private static func defaultServiceAccount(in namespace: KubeObject, restoring: Bool) -> KubeObject {
        var account = KubeObject(["apiVersion": "v1", "kind": "ServiceAccount"])
        account.name = defaultServiceAccountName
        account.namespace = namespace.name
        if restoring, let created = namespace.creationTimestamp {
            account[path: "metadata.creationTimestamp"] = .string(created.rfc3339)
        }
        return account
    }

    static let defaultServiceAccountName = "default"
}
