/// The versions kube-apiserver 1.32's scheme still registers for a built-in group although it
/// no longer serves them (each group's `install.go`); a body in one of these decodes, then is
/// refused as the wrong version, while a version the scheme never had fails to decode at all.
/// Kept by group: a kind a legacy version lacked counts as registered too.
enum SchemeVersions {
    static let unserved: [String: Set<String>] = [
        "apps": ["v1beta1", "v1beta2"],
        "autoscaling": ["v2beta1", "v2beta2"],
        "batch": ["v1beta1"],
        "policy": ["v1beta1"],
        "networking.k8s.io": ["v1beta1"],
        "rbac.authorization.k8s.io": ["v1alpha1", "v1beta1"],
        "storage.k8s.io": ["v1alpha1", "v1beta1"],
        "scheduling.k8s.io": ["v1alpha1", "v1beta1"],
        "discovery.k8s.io": ["v1beta1"],
        "events.k8s.io": ["v1beta1"],
        "coordination.k8s.io": ["v1beta1"],
        "certificates.k8s.io": ["v1beta1"],
    ]

    static func registersUnserved(group: String, version: String) -> Bool {
        unserved[group]?.contains(version) ?? false
    }
}
