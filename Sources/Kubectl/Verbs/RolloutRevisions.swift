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

extension RolloutTarget {
    /// Logs the reads a history viewer or rollbacker makes with its typed client before it looks
    /// at revisions: the object again, then its ReplicaSets or ControllerRevisions by its selector.
    func logRevisionLookup(_ context: VerbContext) {
        guard let log = context.requestLog else { return }
        let protobuf = ServerRequest.MediaTypes.protobuf
        log.answered(.get(type, namespace: object.namespace, name: object.name, accept: protobuf), status: 200)
        let owned: ResourceType = type == .deployments ? .replicaSets : .controllerRevisions
        let selector = TableCells.selectorString(object[path: "spec.selector"]) ?? ""
        let query = selector.isEmpty ? [:] : ["labelSelector": selector]
        log.answered(.list(owned, namespace: object.namespace, query: query, accept: protobuf), status: 200)
    }
}
