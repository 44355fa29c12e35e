import KubeAPI

/// How controllers claim their dependents, as Kubernetes' `ControllerRefManager.ClaimObject` does:
/// an object with no controller whose labels match an owner's selector is adopted (a controller
/// reference to the owner is added); an object the owner controls whose labels no longer match is
/// released (the reference goes), so the owner counts it no more. An owner being deleted does
/// neither; an object being deleted, or in another namespace, is never adopted; an object another
/// controller owns is left alone.
extension Cluster {
    /// One adoption or release a claim pass makes.
    struct ControllerRefChange {
        var adopt: Bool
        var owner: KubeObject
        var object: KubeObject
    }

    /// Claims objects of `type` for each of `owners` (every stored object of `ownerType`) and
    /// reports whether any was written.
    ///
    /// `releases` false only adopts; `isMember` narrows the match (a StatefulSet's pods by name).
    /// A claim that changed nothing is not made again until an owner or a dependent is written:
    /// what it decides depends on those objects alone.
    @discardableResult
    func claim(
        _ type: ResourceType, for owners: [KubeObject], of ownerType: ResourceType, releases: Bool = true,
        isMember: (_ owner: KubeObject, _ object: KubeObject) -> Bool = { _, _ in true }
    ) -> Bool {
        let scope = ClaimScope(owners: ownerType, dependents: type)
        let writes = ClaimScope.Writes(owners: store.writeCount(of: ownerType), dependents: store.writeCount(of: type))
        if quietClaims[scope] == writes { return false }
        let live = owners.filter { $0.deletionTimestamp == nil }
        // A controller lists its dependents in its own namespace only.
        let pool = Set(live.map { $0.namespace ?? "" }).sorted().flatMap { list(type, namespace: $0) }
        var changes = live.isEmpty ? [] : controllerRefChanges(for: live, among: pool, isMember: isMember)
        if !releases { changes.removeAll { !$0.adopt } }
        apply(changes, to: type)
        quietClaims[scope] = changes.isEmpty ? writes : nil
        return !changes.isEmpty
    }

    /// The adoptions and releases that `owners`' selectors (read by `selector`) call for among `candidates`.
    func controllerRefChanges(
        for owners: [KubeObject], among candidates: [KubeObject],
        selector: (KubeObject) -> JSONValue = { $0[path: "spec.selector"] },
        isMember: (_ owner: KubeObject, _ object: KubeObject) -> Bool = { _, _ in true }
    ) -> [ControllerRefChange] {
        guard !candidates.isEmpty else { return [] }
        let live = owners.filter { $0.deletionTimestamp == nil && !selector($0).isNull }
        guard !live.isEmpty else { return [] }
        let selectors = live.map { LabelSelector(json: selector($0)) }
        let indexByUID = Dictionary(live.indices.map { (live[$0].uid, $0) }, uniquingKeysWith: { first, _ in first })
        let indicesByNamespace = Dictionary(grouping: live.indices) { live[$0].namespace ?? "" }
        func matches(_ index: Int, _ object: KubeObject) -> Bool {
            !selectors[index].isEmpty && selectors[index].matches(object) && isMember(live[index], object)
        }
        var changes: [ControllerRefChange] = []
        for object in candidates {
            if let controller = object.controllerUID {
                guard let index = indexByUID[controller], !matches(index, object) else { continue }
                changes.append(ControllerRefChange(adopt: false, owner: live[index], object: object))
            } else if object.deletionTimestamp == nil,
                let index = indicesByNamespace[object.namespace ?? ""]?.first(where: { matches($0, object) })
            {
                changes.append(ControllerRefChange(adopt: true, owner: live[index], object: object))
            }
        }
        return changes
    }

    /// Writes `changes` as the managers' patches do: adoption appends a controller reference (and
    /// `finalizers`), release removes the owner's reference (and `finalizers`).
    func apply(_ changes: [ControllerRefChange], to type: ResourceType, finalizers: [String] = []) {
        for change in changes {
            let (owner, object) = (change.owner, change.object)
            var updated = object
            var references = object.metadata["ownerReferences"].array.filter { $0["uid"].string != owner.uid }
            var kept = object.metadata["finalizers"].array.filter { !finalizers.contains($0.string ?? "") }
            if change.adopt {
                let reference = OwnerReference(
                    apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, uid: owner.uid)
                references.append(reference.json)
                kept = object.metadata["finalizers"].array
                for finalizer in finalizers where !kept.contains(.string(finalizer)) { kept.append(.string(finalizer)) }
            }
            updated[path: "metadata.ownerReferences"] = references.isEmpty ? .null : .array(references)
            updated[path: "metadata.finalizers"] = kept.isEmpty ? .null : .array(kept)
            save(type, updated)
        }
    }
}
