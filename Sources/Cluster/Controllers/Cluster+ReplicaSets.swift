import KubeAPI

/// The ReplicaSet controller: claims the active pods its selector matches
/// (`Cluster+ControllerRefs.swift`) and keeps `spec.replicas` of them for each ReplicaSet.
extension Cluster {
    func reconcileReplicaSets() -> Bool {
        // `FilterActivePods` first: finished and terminating pods are neither adopted nor released.
        let activePods = list(.pods).filter { $0.deletionTimestamp == nil && !$0.isFinished }
        var changed = claim(.pods, for: list(.replicaSets), among: activePods)
        let podsByOwner = podsByControllerUID()
        for rs in list(.replicaSets) {
            let owned = podsByOwner[rs.uid] ?? []
            let active = owned.filter { $0.deletionTimestamp == nil && !$0.isFinished }
            let desired = rs[path: "spec.replicas"].int ?? 1
            if rs.deletionTimestamp != nil {
                // `syncReplicaSet` manages no replicas of a ReplicaSet being deleted, only its status.
                changed = updateStatus(of: rs, active: active) || changed
            } else if active.count < desired {
                for _ in active.count..<desired { changed = createReplicaSetPod(from: rs) || changed }
            } else if active.count > desired {
                for pod in active.sorted(by: Self.deletionOrder).prefix(active.count - desired) {
                    deleteReplicaSetPod(pod, of: rs)
                }
                changed = true
            } else {
                changed = updateStatus(of: rs, active: active) || changed
            }
        }
        return changed
    }

    /// Pods by the UID of the object that controls it, read from the store as each is asked for.
    func podsByControllerUID() -> PodsByController {
        PodsByController { [unowned self] uid in self.store.list(.pods, controlledBy: uid) }
    }

    /// Pods least worth keeping first: unscheduled, then not ready, then newest.
    static func deletionOrder(_ a: KubeObject, _ b: KubeObject) -> Bool {
        let rank = { (p: KubeObject) in (p.nodeName == nil ? 0 : 1, p.isReady ? 1 : 0) }
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        return (a.creationTimestamp ?? now0) > (b.creationTimestamp ?? now0)
    }
    private static let now0 = Timestamp(milliseconds: 0)

    /// Records the counts of `active`, the ReplicaSet's pods that are not terminating or finished.
    private func updateStatus(of rs: KubeObject, active owned: [KubeObject]) -> Bool {
        let ready = owned.filter(\.isReady).count
        var updated = rs
        var status: JSONValue = [
            "availableReplicas": .int(ready), "fullyLabeledReplicas": .int(owned.count),
            "observedGeneration": .int(rs.metadata["generation"].int ?? 1),
            "readyReplicas": .int(ready), "replicas": .int(owned.count),
        ]
        if owned.isEmpty {
            status = ["observedGeneration": .int(rs.metadata["generation"].int ?? 1), "replicas": 0]
        }
        updated.value["status"] = status
        if updated.metadata["generation"].isNull { updated[path: "metadata.generation"] = 1 }
        return save(.replicaSets, updated)
    }
}
