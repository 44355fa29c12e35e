/// The resources discovery lists beyond the stored ones: the create-only review and binding
/// APIs, events.k8s.io's view of the core events, and what metrics-server adds through the
/// aggregator.
extension ResourceType {
    static let createOnly = ["create"]
    public static let bindings = ResourceType("bindings", singular: "binding", kind: "Binding", verbs: createOnly)
    public static let selfSubjectReviews = ResourceType(
        "selfsubjectreviews", singular: "selfsubjectreview", group: authentication, kind: "SelfSubjectReview",
        namespaced: false, verbs: createOnly)
    public static let tokenReviews = ResourceType(
        "tokenreviews", singular: "tokenreview", group: authentication, kind: "TokenReview", namespaced: false,
        verbs: createOnly)
    static let authentication = "authentication.k8s.io"
    /// What a ServiceAccount's `token` subresource takes and returns; discovery lists it only as
    /// `serviceaccounts/token`.
    public static let tokenRequests = ResourceType(
        "tokenrequests", singular: "tokenrequest", group: authentication, kind: "TokenRequest", verbs: ["create"])
    public static let localSubjectAccessReviews = ResourceType(
        "localsubjectaccessreviews", singular: "localsubjectaccessreview", group: authorization,
        kind: "LocalSubjectAccessReview", verbs: createOnly)
    public static let selfSubjectAccessReviews = ResourceType(
        "selfsubjectaccessreviews", singular: "selfsubjectaccessreview", group: authorization,
        kind: "SelfSubjectAccessReview", namespaced: false, verbs: createOnly)
    public static let selfSubjectRulesReviews = ResourceType(
        "selfsubjectrulesreviews", singular: "selfsubjectrulesreview", group: authorization,
        kind: "SelfSubjectRulesReview", namespaced: false, verbs: createOnly)
    public static let subjectAccessReviews = ResourceType(
        "subjectaccessreviews", singular: "subjectaccessreview", group: authorization, kind: "SubjectAccessReview",
        namespaced: false, verbs: createOnly)
    static let authorization = "authorization.k8s.io"
    /// events.k8s.io/v1: the same Event objects as the core group's, in the newer schema.
    public static let eventsV1 = ResourceType(
        "events", singular: "event", short: ["ev"], group: "events.k8s.io", kind: "Event")
    public static let nodeMetrics = ResourceType(
        "nodes", singular: "", group: "metrics.k8s.io", version: "v1beta1", kind: "NodeMetrics", namespaced: false,
        verbs: ["get", "list"])
    public static let podMetrics = ResourceType(
        "pods", singular: "", group: "metrics.k8s.io", version: "v1beta1", kind: "PodMetrics", verbs: ["get", "list"])

    /// What a kubeadm apiserver lists in discovery, in its order (the core group first, each
    /// group's resources sorted): the stored resources and those without storage of their own.
    public static let discovered: [ResourceType] =
        [.bindings] + served + [
            .eventsV1, .selfSubjectReviews, .tokenReviews, .localSubjectAccessReviews, .selfSubjectAccessReviews,
            .selfSubjectRulesReviews, .subjectAccessReviews,
        ]

    /// The resources metrics-server serves once its APIService is available.
    public static let metrics: [ResourceType] = [.nodeMetrics, .podMetrics]

    /// Resources served as a view of another group's stored objects (events.k8s.io's events).
    public static func storedAs(_ type: ResourceType) -> ResourceType? {
        type == .eventsV1 ? .events : nil
    }
}
