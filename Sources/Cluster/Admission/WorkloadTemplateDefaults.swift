import KubeAPI

/// The pod template defaults the apiserver gives every workload that embeds one at
/// `spec.template` (Deployment, ReplicaSet, DaemonSet, StatefulSet, ReplicationController), on
/// create and on update alike, since defaulting runs whenever an object is decoded.
enum WorkloadTemplateDefaults {
    static let kinds: [ResourceType] = [
        .deployments, .replicaSets, .daemonSets, .statefulSets, .replicationControllers,
    ]

    static func apply(to object: KubeObject, as type: ResourceType) -> KubeObject {
        guard kinds.contains(type), !object[path: "spec.template"].isNull else { return object }
        var defaulted = object
        defaulted[path: "spec.template"] = PodTemplateDefaults.apply(to: object[path: "spec.template"])
        return defaulted
    }
}
