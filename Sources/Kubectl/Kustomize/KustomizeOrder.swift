/// kustomize's legacy output order: kinds listed first (Namespace, quotas, classes, accounts, RBAC,
/// ConfigMaps and Secrets, Services, ...) in that order, the webhook configurations last, every
/// other kind between; then by group/version/kind text, then by namespace and name.
enum KustomizeOrder {
    static let first = [
        "Namespace", "ResourceQuota", "StorageClass", "CustomResourceDefinition", "ServiceAccount", "PodSecurityPolicy",
        "Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding", "ConfigMap", "Secret", "Endpoints", "Service",
        "LimitRange", "PriorityClass", "PersistentVolume", "PersistentVolumeClaim", "Deployment", "StatefulSet",
        "CronJob", "PodDisruptionBudget",
    ]
    static let last = ["MutatingWebhookConfiguration", "ValidatingWebhookConfiguration"]

    private static func rank(_ kind: String) -> Int {
        if let index = first.firstIndex(of: kind) { return index - first.count }
        if let index = last.firstIndex(of: kind) { return index + 1 }
        return 0
    }

    /// `group_version_kind` with kustomize's stand-ins for empty parts.
    private static func gvkText(_ resource: KustomizeResource) -> String {
        [resource.group.isEmpty ? "~G" : resource.group, resource.version.isEmpty ? "~V" : resource.version,
         resource.kind.isEmpty ? "~K" : resource.kind].joined(separator: "_")
    }

    /// `Kind.version.group|namespace|name`, the text resources of one kind are ordered by.
    private static func idText(_ resource: KustomizeResource) -> String {
        let gvk = [resource.kind.isEmpty ? "[noKind]" : resource.kind, resource.version.isEmpty ? "[noVer]" : resource.version,
                   resource.group.isEmpty ? "[noGrp]" : resource.group].joined(separator: ".")
        return [gvk, resource.namespace.isEmpty ? "~X" : resource.namespace, resource.name.isEmpty ? "~N" : resource.name]
            .joined(separator: "|")
    }

    static func sorted(_ resources: [KustomizeResource]) -> [KustomizeResource] {
        resources.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.kind != y.kind || x.group != y.group || x.version != y.version {
                let (rx, ry) = (rank(x.kind), rank(y.kind))
                if rx != ry { return rx < ry }
                let (gx, gy) = (gvkText(x), gvkText(y))
                // Namespaces of the core group sort after other groups' Namespace kinds.
                if x.kind == "Namespace" && y.kind == "Namespace" && (x.group.isEmpty || y.group.isEmpty) { return gx > gy }
                return gx.utf8.lexicographicallyPrecedes(gy.utf8)
            }
            let (ix, iy) = (idText(x), idText(y))
            if ix != iy { return ix.utf8.lexicographicallyPrecedes(iy.utf8) }
            return a.offset < b.offset
        }.map(\.element)
    }
}
