import KubeAPI

/// The namespaces' `finalize` subresource (`PUT .../namespaces/NAME/finalize`), which the
/// namespace controller writes when a namespace is empty and people write to free one stuck
/// Terminating: the update takes the spec's finalizers (and metadata) from the body and keeps the
/// status; a namespace being deleted that is left with no finalizer of either kind goes with it.
extension Cluster {
    @discardableResult
    public func finalizeNamespace(_ object: KubeObject, dryRun: Bool = false) throws(APIError) -> KubeObject {
        let stored = try get(.namespaces, namespace: nil, name: object.name)
        if let version = object.metadata["resourceVersion"].string, !version.isEmpty,
            version != stored.metadata["resourceVersion"].string
        {
            throw .conflict(.namespaces, object.name)
        }
        var updated = stored
        let finalizers = object[path: "spec.finalizers"]
        updated[path: "spec.finalizers"] = finalizers.array.isEmpty ? .null : finalizers
        for key in ["labels", "annotations", "finalizers"] { updated[path: "metadata.\(key)"] = object.metadata[key] }
        try FinalizerValidation.validateUpdate(updated, old: stored, as: .namespaces)
        let specCauses = FinalizerValidation.namespaceSpecCauses(finalizers.array.compactMap(\.string))
        if !specCauses.isEmpty { throw .invalid(kind: "Namespace", group: "", name: object.name, causes: specCauses) }
        try MetadataLabels.validate(updated, as: .namespaces)
        if dryRun || updated.value.isEquivalent(to: stored.value) { return updated }
        if removeIfUnheld(.namespaces, updated) {
            reconcile()
            return updated
        }
        return write(.namespaces, updated)
    }
}
