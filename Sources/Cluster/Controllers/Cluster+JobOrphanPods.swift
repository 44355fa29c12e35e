import KubeAPI

/// The Job controller's `syncOrphanPod`: a pod that still holds the tracking finalizer after its
/// Job is gone or finished (or that no Job controls any more) has it taken off, so that a pod
/// deleted with its Job does not stay behind.
extension Cluster {
    /// Looks at the pods written since the last pass; reports whether it released any.
    func releaseOrphanJobPods() -> Bool {
        let changes = takeChanges(for: .jobs)
        // Only pods with the tracking finalizer are released: with none stored, none is looked up.
        guard store.jobTrackedPods > 0 else { return false }
        let candidates: [KubeObject] =
            if let changes {
                changes.filter { $0.type == .pods && !$0.removed }.compactMap { lookup(.pods, $0.key.namespace, $0.key.name) }
            } else {
                list(.pods)
            }
        var released = false
        for pod in candidates where JobPods.hasTrackingFinalizer(pod) && isOrphanedFromJob(pod) {
            var updated = pod
            let finalizers = pod.metadata["finalizers"].array.filter { $0.string != JobPods.trackingFinalizer }
            updated[path: "metadata.finalizers"] = finalizers.isEmpty ? nil : .array(finalizers)
            released = save(.pods, updated) || released
        }
        return released
    }

    /// No controller, or a Job controller that is gone or finished; a pod another kind controls is left alone.
    private func isOrphanedFromJob(_ pod: KubeObject) -> Bool {
        guard let reference = pod.controllerReference else { return true }
        guard reference.kind == "Job", reference.apiVersion == "batch/v1" else { return false }
        guard let owner = store.object(uid: reference.uid), owner.type == .jobs else { return true }
        return owner.object.isFinishedJob
    }
}
