import KubeAPI

/// Deleting a CustomResourceDefinition (apiextensions' REST `Delete` and its finalizer
/// controller): the first delete only marks it Terminating under the cleanup finalizer; the
/// controller then deletes every object of its kind and, once none is left, removes the
/// finalizer, and the definition goes.
extension Cluster {
    static let definitionCleanupFinalizer = "customresourcecleanup.apiextensions.k8s.io"

    /// The first `DELETE` of a definition: a deletion time, the cleanup finalizer and the
    /// Terminating condition that says deletion of its objects is pending.
    func beginDefinitionDeletion(_ definition: KubeObject) -> KubeObject {
        var marked = definition
        marked[path: "metadata.deletionTimestamp"] = .string(now.rfc3339)
        if !definition.finalizerNames.contains(Self.definitionCleanupFinalizer) {
            marked.finalizerNames = definition.finalizerNames + [Self.definitionCleanupFinalizer]
        }
        setDefinitionCondition(
            &marked, "Terminating", true, "InstanceDeletionPending",
            "CustomResourceDefinition marked for deletion; CustomResource deletion will begin soon")
        save(.customResourceDefinitions, marked)
        return lookup(.customResourceDefinitions, nil, definition.name) ?? marked
    }

    /// One pass of the finalizer controller over the definitions being deleted.
    func cleanUpDeletedDefinitions() -> Bool {
        let before = store.revision
        for definition in list(.customResourceDefinitions)
        where definition.deletionTimestamp != nil && definition.finalizerNames.contains(Self.definitionCleanupFinalizer) {
            cleanUp(definition)
        }
        return store.revision != before
    }

    private func cleanUp(_ definition: KubeObject) {
        var updated = definition
        guard let type = Self.servedType(of: definition) else {
            setDefinitionCondition(&updated, "Terminating", false, "NeverEstablished", "resource was never established")
            save(.customResourceDefinitions, updated)
            finishCleanup(of: lookup(.customResourceDefinitions, nil, definition.name) ?? updated)
            return
        }
        setDefinitionCondition(&updated, "Terminating", true, "InstanceDeletionInProgress", "CustomResource deletion is in progress")
        save(.customResourceDefinitions, updated)
        for object in store.list(type, namespace: nil) where object.deletionTimestamp == nil {
            deleteObject(type, object, propagation: .background)
        }
        // Objects whose own finalizers hold them keep the definition waiting until they go.
        guard store.list(type, namespace: nil).isEmpty else { return }
        updated = lookup(.customResourceDefinitions, nil, definition.name) ?? updated
        setDefinitionCondition(&updated, "Terminating", false, "InstanceDeletionCompleted", "removed all instances")
        save(.customResourceDefinitions, updated)
        finishCleanup(of: lookup(.customResourceDefinitions, nil, definition.name) ?? updated)
    }

    private func finishCleanup(of definition: KubeObject) {
        removeFinalizer(Self.definitionCleanupFinalizer, from: definition, as: .customResourceDefinitions)
    }

    private func setDefinitionCondition(_ definition: inout KubeObject, _ type: String, _ status: Bool, _ reason: String, _ message: String) {
        var conditions = definition[path: "status.conditions"].array
        DefinitionNames.set(DefinitionNames.condition(type, status, reason, message, now), in: &conditions)
        definition[path: "status.conditions"] = .array(conditions)
    }
}
