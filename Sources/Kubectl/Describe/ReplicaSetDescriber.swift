import Cluster
import KubeAPI
import OrderedCollections

/// `describeReplicaSet` (and `describeReplicationController`, whose selector is a plain map).
enum ReplicaSetDescriber {
    static func describe(_ replicaSet: KubeObject, _ context: DescribeContext) -> String {
        let spec = replicaSet.value["spec"]
        let status = replicaSet.value["status"]
        var w = DescribeWriter()
        w.identity(replicaSet)
        let isController = replicaSet.kind == "ReplicationController"
        w.field(
            0, "Selector",
            isController ? TableCells.labels(spec["selector"]) : TableCells.labelSelector(spec["selector"]))
        w.labels("Labels", replicaSet.labels)
        w.annotations("Annotations", replicaSet.annotations)
        if !isController, let owner = replicaSet.controllerReference {
            w.field(0, "Controlled By", "\(owner.kind)/\(owner.name)")
        }
        w.field(0, "Replicas", "\(status["replicas"].int ?? 0) current / \(spec["replicas"].int ?? 0) desired")
        w.field(0, "Pods Status", PodTemplateDescriber.podsStatus(of: replicaSet, context, matchLabels: isController))
        PodTemplateDescriber.describe(spec["template"], into: &w)
        WorkloadConditions.write(status["conditions"].array, into: &w)
        w.events(context.events(for: replicaSet), context: context)
        return w.finish()
    }
}
