import KubeAPI

/// What the apiserver's create strategy does to a new Deployment or ReplicaSet before storing
/// it (`PrepareForCreate`): generation 1 and the status cleared to its zero value, which a
/// server dry run returns as it is (`status: {}`, a ReplicaSet's `replicas: 0`).
enum ReplicaOwnerCreateStrategy {
    static func apply(to object: KubeObject, as type: ResourceType) -> KubeObject {
        var object = object
        object[path: "metadata.generation"] = 1
        object.value["status"] = type == .replicaSets ? ["replicas": 0] : .emptyObject
        return object
    }
}
