import Cluster
import KubeAPI

/// The revisions of a rollout as kubectl's history viewers and rollbackers find them: a
/// Deployment's ReplicaSets by their revision annotation, a DaemonSet's or StatefulSet's
/// ControllerRevisions by their revision number.
struct RolloutRevision {
    var number: Int
    var changeCause: String
    var object: KubeObject

    static func all(of target: RolloutTarget, cluster: Cluster) -> [RolloutRevision] {
        let owner = target.object
        if target.type == .deployments {
            return RolloutHistory.replicaSets(of: owner, cluster: cluster).compactMap { rs in
                Int(rs.annotations[RolloutHistory.revisionKey] ?? "").map {
                    RolloutRevision(
                        number: $0, changeCause: rs.annotations[ChangeCause.annotation] ?? "", object: rs)
                }
            }
        }
        return cluster.list(.controllerRevisions, namespace: owner.namespace)
            .filter { $0.controllerUID == owner.uid }
            .map {
                RolloutRevision(
                    number: $0[path: "revision"].int ?? 0,
                    changeCause: $0.annotations[ChangeCause.annotation] ?? "", object: $0)
            }
    }

    /// The DaemonSet or StatefulSet `owner` as this ControllerRevision's patch makes it.
    func applied(to owner: KubeObject, meta: PatchMeta) -> JSONValue {
        (try? StrategicMergePatch.apply(object[path: "data"], to: owner.value, meta: meta)) ?? owner.value
    }

    /// The pod template a ControllerRevision records (its patch without the `$patch` marker).
    var controllerRevisionTemplate: JSONValue {
        var template = object[path: "data.spec.template"]
        template["$patch"] = nil
        return template
    }
}
