/// The field specs kustomize's built-in transformers write by default (its `builtinpluginconsts`).
extension KustomizeFieldSpec {
    /// Where a label goes besides `metadata/labels`: the templates of the workloads.
    static let templateLabels: [KustomizeFieldSpec] = [
        .init("metadata/labels", create: true),
        .init("spec/template/metadata/labels", version: "v1", kind: "ReplicationController", create: true),
        .init("spec/template/metadata/labels", kind: "Deployment", create: true),
        .init("spec/template/metadata/labels", kind: "ReplicaSet", create: true),
        .init("spec/template/metadata/labels", kind: "DaemonSet", create: true),
        .init("spec/template/metadata/labels", group: "apps", kind: "StatefulSet", create: true),
        .init("spec/volumeClaimTemplates[]/metadata/labels", group: "apps", kind: "StatefulSet", create: true),
        .init("spec/template/metadata/labels", group: "batch", kind: "Job", create: true),
        .init("spec/jobTemplate/metadata/labels", group: "batch", kind: "CronJob", create: true),
        .init("spec/jobTemplate/spec/template/metadata/labels", group: "batch", kind: "CronJob", create: true),
    ]

    /// Where `commonLabels` (and `labels` with `includeSelectors`) go: the templates and the selectors.
    static let commonLabels: [KustomizeFieldSpec] = selectorLabels + templateLabels

    private static let affinityPaths = [
        "podAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm",
        "podAffinity/requiredDuringSchedulingIgnoredDuringExecution",
        "podAntiAffinity/preferredDuringSchedulingIgnoredDuringExecution/podAffinityTerm",
        "podAntiAffinity/requiredDuringSchedulingIgnoredDuringExecution",
    ]

    private static func podSelectors(_ kind: String) -> [KustomizeFieldSpec] {
        affinityPaths.map { .init("spec/template/spec/affinity/\($0)/labelSelector/matchLabels", group: "apps", kind: kind) }
            + [.init("spec/template/spec/topologySpreadConstraints/labelSelector/matchLabels", group: "apps", kind: kind)]
    }

    private static let selectorLabels: [KustomizeFieldSpec] =
        [
            .init("spec/selector", version: "v1", kind: "Service", create: true),
            .init("spec/selector", version: "v1", kind: "ReplicationController", create: true),
            .init("spec/selector/matchLabels", kind: "Deployment", create: true),
        ] + podSelectors("Deployment") + [
            .init("spec/selector/matchLabels", kind: "ReplicaSet", create: true),
            .init("spec/selector/matchLabels", kind: "DaemonSet", create: true),
            .init("spec/selector/matchLabels", group: "apps", kind: "StatefulSet", create: true),
        ] + podSelectors("StatefulSet") + [
            .init("spec/selector/matchLabels", group: "batch", kind: "Job"),
            .init("spec/jobTemplate/spec/selector/matchLabels", group: "batch", kind: "CronJob"),
            .init("spec/selector/matchLabels", group: "policy", kind: "PodDisruptionBudget"),
            .init("spec/podSelector/matchLabels", group: "networking.k8s.io", kind: "NetworkPolicy"),
            .init("spec/ingress/from/podSelector/matchLabels", group: "networking.k8s.io", kind: "NetworkPolicy"),
            .init("spec/egress/to/podSelector/matchLabels", group: "networking.k8s.io", kind: "NetworkPolicy"),
        ]

    /// Where `commonAnnotations` go.
    static let commonAnnotations: [KustomizeFieldSpec] = [
        .init("metadata/annotations", create: true),
        .init("spec/template/metadata/annotations", version: "v1", kind: "ReplicationController", create: true),
        .init("spec/template/metadata/annotations", kind: "Deployment", create: true),
        .init("spec/template/metadata/annotations", kind: "ReplicaSet", create: true),
        .init("spec/template/metadata/annotations", kind: "DaemonSet", create: true),
        .init("spec/template/metadata/annotations", kind: "StatefulSet", create: true),
        .init("spec/template/metadata/annotations", group: "batch", kind: "Job", create: true),
        .init("spec/jobTemplate/metadata/annotations", group: "batch", kind: "CronJob", create: true),
        .init("spec/jobTemplate/spec/template/metadata/annotations", group: "batch", kind: "CronJob", create: true),
    ]

    /// Where `replicas` sets a count.
    static let replicas: [KustomizeFieldSpec] = ["Deployment", "ReplicationController", "ReplicaSet", "StatefulSet"].map {
        .init("spec/replicas", kind: $0, create: true)
    }
}
