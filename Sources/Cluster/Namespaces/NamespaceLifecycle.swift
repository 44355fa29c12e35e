import KubeAPI

/// The `NamespaceLifecycle` admission plugin: the system namespaces may not be deleted, and
/// nothing new may be created in a namespace that is being terminated.
extension Cluster {
    /// Refuses to delete one of the namespaces the apiserver keeps alive.
    func admitNamespaceDeletion(_ name: String) throws(APIError) {
        guard Self.immortalNamespaces.contains(name) else { return }
        throw APIError(reason: "Forbidden", message: "namespaces \"\(name)\" is forbidden: \(Self.mayNotBeDeleted)", code: 403)
    }

    /// Refuses to create `object` in `namespace` while that namespace is terminating.
    func admitCreation(of object: KubeObject, as type: ResourceType, in namespace: String) throws(APIError) {
        guard lookup(.namespaces, nil, namespace)?[path: "status.phase"].string == Self.terminating else { return }
        // Names are not generated yet: an object asking for one is named by its prefix.
        let name = object.name.isEmpty ? object.metadata["generateName"].string ?? "" : object.name
        let resource = name.isEmpty ? type.qualifiedPlural : "\(type.qualifiedPlural) \"\(name)\""
        throw APIError(
            reason: "Forbidden",
            message: "\(resource) is forbidden: unable to create new content in namespace \(namespace) because it is being terminated",
            code: 403)
    }

    /// `metav1.NamespaceDefault`, `NamespaceSystem` and `NamespacePublic`: the plugin's immortal set.
    static let immortalNamespaces: Set<String> = ["default", "kube-system", "kube-public"]
    static let terminating = "Terminating"
    static let mayNotBeDeleted = "this namespace may not be deleted"
}
