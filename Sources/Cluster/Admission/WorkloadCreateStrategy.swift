import KubeAPI

/// What the apiserver's create strategies do to a new Deployment, ReplicaSet, ReplicationController,
/// StatefulSet, DaemonSet or PodDisruptionBudget before storing it (`PrepareForCreate`): generation 1 and the
/// status cleared to its zero value. The zero value is what the v1 type serializes: its fields
/// without `omitempty` stay as zeros, so a server dry run (or the object create returns, before
/// any controller ran) shows `status: {}` for a Deployment, `replicas: 0` for a ReplicaSet,
/// `availableReplicas: 0, replicas: 0` for a StatefulSet, and the four counts of a DaemonSet
/// or a PodDisruptionBudget. (Jobs and CronJobs: `JobAdmission`.)
enum WorkloadCreateStrategy {
    static func apply(to object: KubeObject, as type: ResourceType) -> KubeObject {
        guard let status = zeroStatus[type] else { return object }
        var object = object
        object[path: "metadata.generation"] = 1
        object.value["status"] = status
        return object
    }

    private static let zeroStatus: [ResourceType: JSONValue] = [
        .deployments: .emptyObject,
        .replicaSets: ["replicas": 0], .replicationControllers: ["replicas": 0],
        .statefulSets: ["replicas": 0, "availableReplicas": 0],
        .daemonSets: ["currentNumberScheduled": 0, "numberMisscheduled": 0, "desiredNumberScheduled": 0, "numberReady": 0],
        .podDisruptionBudgets: ["disruptionsAllowed": 0, "currentHealthy": 0, "desiredHealthy": 0, "expectedPods": 0],
    ]
}
