import KubeAPI

/// Deleting a namespace (`registry/core/namespace/storage`): it is marked Terminating and kept
/// while the namespace controller empties it; it goes once its finalizers are all gone.
extension Cluster {
    /// Marks `namespace` as terminating and asks the namespace controller to empty it.
    func beginNamespaceDeletion(_ namespace: KubeObject, propagation: DeletionPropagation) -> KubeObject {
        var updated = namespace
        updated.finalizerNames = Self.finalizers(of: namespace, after: propagation)
        if namespace.deletionTimestamp == nil {
            updated[path: "metadata.deletionTimestamp"] = .string(now.rfc3339)
        }
        updated[path: "status.phase"] = .string(Self.terminating)
        if updated[path: "spec.finalizers"].array.isEmpty {
            // Finalized already: the generic store's delete, which metadata finalizers hold back.
            guard updated.finalizerNames.isEmpty else {
                save(.namespaces, Self.markedAsDeleting(updated, now: now))
                return lookup(.namespaces, nil, namespace.name) ?? updated
            }
            store.remove(.namespaces, namespace: nil, name: namespace.name)
            return updated
        }
        if save(.namespaces, updated) { requeueNamespace(namespace.uid, after: Self.namespaceDeletionGracePeriod) }
        return lookup(.namespaces, nil, namespace.name) ?? updated
    }

    /// Queues a namespace for the controller `seconds` from now, unless it is queued sooner
    /// (a delaying work queue keeps the earliest time).
    func requeueNamespace(_ uid: String, after seconds: Int64) {
        let key = Self.namespaceSyncKey(uid)
        let time = now.adding(seconds: seconds)
        if let queued = wakeups[key], queued <= time { return }
        wake(at: time, for: key)
    }

    static func namespaceSyncKey(_ uid: String) -> String { "namespace-sync/\(uid)" }

    /// How long the controller waits after a namespace changes (`namespaceDeletionGracePeriod`),
    /// so every apiserver has seen the deletion before the contents go.
    static let namespaceDeletionGracePeriod: Int64 = 5
}
