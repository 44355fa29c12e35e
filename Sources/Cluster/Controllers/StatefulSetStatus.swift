import KubeAPI

/// A StatefulSet's status as its controller computes it (`updateStatus`, `completeRollingUpdate`).
extension Cluster {
    /// Writes the set's status from its member pods; reports whether it changed.
    @discardableResult
    func updateStatefulSetStatus(
        _ spec: StatefulSetSpec, pods: [KubeObject], revisions: StatefulSetRevisions
    ) -> Bool {
        var replicas = 0
        var ready = 0
        var available = 0
        var current = 0
        var updated = 0
        var nextAvailable: Timestamp?
        for pod in pods {
            replicas += 1
            if pod.isRunningAndReady {
                ready += 1
                if let at = availableAt(pod, spec), at > now {
                    nextAvailable = min(nextAvailable ?? at, at)
                } else {
                    available += 1
                }
            }
            guard pod.deletionTimestamp == nil else { continue }
            if pod.statefulSetRevision == revisions.current.name { current += 1 }
            if pod.statefulSetRevision == revisions.update.name { updated += 1 }
        }
        var currentRevision = revisions.current.name
        if !spec.isOnDelete, updated == replicas, ready == replicas {
            current = updated
            currentRevision = revisions.update.name
        }
        let wakeKey = "statefulset-available/\(spec.object.uid)"
        if let nextAvailable { wake(at: nextAvailable, for: wakeKey) } else { cancelWakeup(for: wakeKey) }

        var set = spec.object
        if set.metadata["generation"].isNull { set[path: "metadata.generation"] = 1 }
        var status = JSONValue.emptyObject
        status["availableReplicas"] = .int(available)
        status["collisionCount"] = .int(revisions.collisionCount)
        status["currentReplicas"] = current == 0 ? .null : .int(current)
        status["currentRevision"] = .string(currentRevision)
        status["observedGeneration"] = .int(spec.generation)
        status["readyReplicas"] = ready == 0 ? .null : .int(ready)
        status["replicas"] = .int(replicas)
        status["updateRevision"] = .string(revisions.update.name)
        status["updatedReplicas"] = updated == 0 ? .null : .int(updated)
        set.value["status"] = status
        return save(.statefulSets, set)
    }

    /// When a ready pod counts as available: `minReadySeconds` after it became ready.
    func availableAt(_ pod: KubeObject, _ spec: StatefulSetSpec) -> Timestamp? {
        guard spec.minReadySeconds > 0 else { return nil }
        return pod.readySince?.adding(seconds: Int64(spec.minReadySeconds))
    }

    /// Ready for at least `minReadySeconds`.
    func isAvailable(_ pod: KubeObject, _ spec: StatefulSetSpec) -> Bool {
        guard pod.isRunningAndReady else { return false }
        guard let at = availableAt(pod, spec) else { return true }
        return at <= now
    }
}
