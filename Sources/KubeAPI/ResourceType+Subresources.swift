/// A subresource as discovery lists it (`pods/log`): the verbs it serves and the kind it takes
/// or returns, with that kind's group and version when they are not its resource's.
public struct Subresource: Sendable, Equatable {
    public var name: String
    public var verbs: [String]
    /// nil: the resource's own kind.
    public var kind: String?
    public var group: String?
    public var version: String?

    public init(_ name: String, _ verbs: [String], kind: String? = nil, group: String? = nil, version: String? = nil) {
        self.name = name
        self.verbs = verbs
        self.kind = kind
        self.group = group
        self.version = version
    }

    static let readWrite = ["get", "patch", "update"]
    static let proxyVerbs = ["create", "delete", "get", "patch", "update"]
    static let status = Subresource("status", readWrite)
    static let scale = Subresource("scale", readWrite, kind: "Scale", group: "autoscaling", version: "v1")

    /// kube-apiserver 1.32's subresources with its default feature gates, by `group/plural`.
    static let byResource: [String: [Subresource]] = [
        "/namespaces": [Subresource("finalize", ["update"]), status],
        "/nodes": [Subresource("proxy", proxyVerbs, kind: "NodeProxyOptions"), status],
        "/persistentvolumeclaims": [status],
        "/persistentvolumes": [status],
        "/pods": [
            Subresource("attach", ["create", "get"], kind: "PodAttachOptions"), Subresource("binding", ["create"], kind: "Binding"),
            Subresource("ephemeralcontainers", readWrite),
            Subresource("eviction", ["create"], kind: "Eviction", group: "policy", version: "v1"),
            Subresource("exec", ["create", "get"], kind: "PodExecOptions"), Subresource("log", ["get"]),
            Subresource("portforward", ["create", "get"], kind: "PodPortForwardOptions"),
            Subresource("proxy", proxyVerbs, kind: "PodProxyOptions"), status,
        ],
        "/replicationcontrollers": [scale, status],
        "/resourcequotas": [status],
        "/serviceaccounts": [
            Subresource("token", ["create"], kind: "TokenRequest", group: "authentication.k8s.io", version: "v1")
        ],
        "/services": [Subresource("proxy", proxyVerbs, kind: "ServiceProxyOptions"), status],
        "admissionregistration.k8s.io/validatingadmissionpolicies": [status],
        "apiextensions.k8s.io/customresourcedefinitions": [status],
        "apiregistration.k8s.io/apiservices": [status],
        "apps/daemonsets": [status],
        "apps/deployments": [scale, status],
        "apps/replicasets": [scale, status],
        "apps/statefulsets": [scale, status],
        "autoscaling/horizontalpodautoscalers": [status],
        "batch/cronjobs": [status],
        "batch/jobs": [status],
        "certificates.k8s.io/certificatesigningrequests": [Subresource("approval", readWrite), status],
        "flowcontrol.apiserver.k8s.io/flowschemas": [status],
        "flowcontrol.apiserver.k8s.io/prioritylevelconfigurations": [status],
        "networking.k8s.io/ingresses": [status],
        "policy/poddisruptionbudgets": [status],
        "storage.k8s.io/volumeattachments": [status],
    ]
}

extension ResourceType {
    /// Its subresources, as the apiserver registers them.
    public var subresources: [Subresource] { Subresource.byResource[group + "/" + plural] ?? [] }

    /// Whether the apiserver keeps objects of it (a create-only review, a binding, component
    /// statuses and metrics are computed): discovery then gives its storage version's hash.
    public var isStored: Bool { verbs.contains("create") && verbs.contains("get") }
}
