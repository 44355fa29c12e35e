import KubeAPI

/// The namespace controller (`pkg/controller/namespace`): empties a terminating namespace,
/// reports what is left in its status conditions, and finalizes it once nothing is left.
extension Cluster {
    /// Syncs every terminating namespace whose turn in the queue has come.
    func reconcileNamespaces() -> Bool {
        let before = store.revision
        for namespace in list(.namespaces) where namespace.deletionTimestamp != nil {
            let key = Self.namespaceSyncKey(namespace.uid)
            guard let due = wakeups[key], due <= now else { continue }
            cancelWakeup(for: key)
            syncTerminating(namespace)
        }
        return store.revision != before
    }

    /// `namespacedResourcesDeleter.Delete`: deletes all content, then removes the
    /// `kubernetes` finalizer, or asks to be run again while content remains.
    private func syncTerminating(_ namespace: KubeObject) {
        guard !namespace[path: "spec.finalizers"].array.isEmpty else { return }
        let name = namespace.name
        var content = NamespaceContent()
        for type in storedResourceTypes where type.namespaced {
            let estimate = type == .pods ? podTerminationEstimate(in: namespace) : 0
            for object in list(type, namespace: name) where object.deletionTimestamp == nil {
                deleteObject(type, object, propagation: .background)
            }
            content.tally(type, remaining: list(type, namespace: name), estimate: estimate, namespace: name)
        }
        var updated = namespace
        updated[path: "status.conditions"] = NamespaceConditions.updated(
            namespace[path: "status.conditions"], with: content, now: now)
        if save(.namespaces, updated) { requeueNamespace(namespace.uid, after: Self.namespaceDeletionGracePeriod) }
        if content.estimate > 0 {
            requeueNamespace(namespace.uid, after: content.estimate / 2 + 1)
        } else if !content.errors.isEmpty {
            requeueNamespace(namespace.uid, after: 1)
        } else {
            finalize(lookup(.namespaces, nil, name) ?? updated)
        }
    }

    /// `estimateGracefulTerminationForPods`: the longest grace period of a pod still running,
    /// or 0 once the namespace has been terminating for that long.
    private func podTerminationEstimate(in namespace: KubeObject) -> Int64 {
        let grace = list(.pods, namespace: namespace.name)
            .filter { !["Succeeded", "Failed"].contains($0[path: "status.phase"].string ?? "") }
            .compactMap { $0[path: "spec.terminationGracePeriodSeconds"].int }
            .max() ?? 0
        guard let deletedAt = namespace.deletionTimestamp else { return 0 }
        return now.milliseconds - deletedAt.milliseconds >= Int64(grace) * 1000 ? 0 : Int64(grace)
    }

    /// Removes the `kubernetes` finalizer, then deletes the namespace again: it goes when no
    /// finalizer is left, and stays marked (no grace period) while metadata finalizers hold it.
    private func finalize(_ namespace: KubeObject) {
        var finalized = namespace
        let remaining = namespace[path: "spec.finalizers"].array.filter { $0.string != "kubernetes" }
        // `finalizers` is omitted when empty, so the spec reads `{}`.
        finalized[path: "spec.finalizers"] = remaining.isEmpty ? .null : .array(remaining)
        guard remaining.isEmpty, finalized.finalizerNames.isEmpty else {
            if remaining.isEmpty { finalized = Self.markedAsDeleting(finalized, now: now) }
            save(.namespaces, finalized)
            return
        }
        store.remove(.namespaces, namespace: nil, name: namespace.name)
        cancelWakeup(for: Self.namespaceSyncKey(namespace.uid))
    }
}
