import KubeAPI

/// The garbage collector (`pkg/controller/garbagecollector`): deletes objects whose owners are
/// all gone, finishes foreground deletions once the blocking dependents are gone, and orphans
/// the dependents of owners deleted with the orphan policy.
extension Cluster {
    /// One pass over what changed since the last: objects being deleted that wait for the
    /// collector, and dependents whose owners are gone, going, or not the ones they name.
    /// Reports whether anything was written.
    func collectGarbage() -> Bool {
        let candidates: Set<OwnershipIndex.Location>
        if let changes = takeChanges(for: .garbageCollector) {
            guard !changes.isEmpty else { return false }
            candidates = noteOwnershipChanges(changes)
        } else {
            candidates = rebuildOwnership()
        }
        guard !candidates.isEmpty || !ownership.deletingOwners.isEmpty else { return false }
        let before = store.revision
        let order = storeOrder()
        for location in ownership.deletingOwners.sorted(by: order) {
            guard let owner = current(location) else { continue }
            if owner.object.finalizerNames.contains(Finalizers.orphanDependents) {
                orphanDependents(of: owner)
            } else if !ownership.dependents(of: owner.object.uid).contains(where: \.blocksOwnerDeletion) {
                removeFinalizer(Finalizers.deleteDependents, from: owner.object, as: owner.type)
            }
        }
        for location in candidates.sorted(by: order) {
            guard let dependent = current(location), dependent.object.deletionTimestamp == nil else { continue }
            attemptToDelete(dependent)
        }
        return store.revision != before
    }

    /// Brings the index up to date with `changes`; returns the dependents to look at: those
    /// written with an owner that is not solid, and those of owners that went or are going.
    private func noteOwnershipChanges(_ changes: [ChangeJournal.Change]) -> Set<OwnershipIndex.Location> {
        var candidates = Set<OwnershipIndex.Location>()
        var goneOrGoing: [String] = []
        var states = OwnerStates()
        for change in changes where change.concernsCollector {
            let location = OwnershipIndex.Location(type: change.type, key: change.key)
            let object = change.removed ? nil : store.get(change.type, namespace: change.key.namespace, name: change.key.name)
            ownership.update(location, to: object)
            if change.removed {
                goneOrGoing.append(change.uid)
            } else if let object {
                if object.deletionTimestamp != nil { goneOrGoing.append(object.uid) }
                if ownership.namesOwners(location), hasOwnerNotSolid(object, states: &states) { candidates.insert(location) }
            }
        }
        for uid in goneOrGoing {
            for dependent in ownership.dependents(of: uid) { candidates.insert(dependent.location) }
        }
        return candidates
    }

    /// Indexes every stored object afresh (the collector's first pass, as its graph builder
    /// lists everything); returns the dependents whose owners are not solid.
    private func rebuildOwnership() -> Set<OwnershipIndex.Location> {
        ownership = OwnershipIndex()
        var candidates = Set<OwnershipIndex.Location>()
        var states = OwnerStates()
        // The store as etcd holds it: read-time answers (APIServices, renewed Leases) own nothing.
        for type in storedResourceTypes {
            for object in store.list(type) {
                let location = OwnershipIndex.Location(type: type, key: ObjectStore.Key(namespace: object.namespace ?? "", name: object.name))
                ownership.update(location, to: object)
                if ownership.namesOwners(location), hasOwnerNotSolid(object, states: &states) { candidates.insert(location) }
            }
        }
        return candidates
    }

    /// Each owner's state, looked up once per pass however many dependents name it.
    private struct OwnerStates {
        struct Key: Hashable {
            var uid: String, namespace: String?, name: String?, kind: String?
        }
        var known: [Key: OwnerState] = [:]
    }

    /// Whether an owner `object` names is gone, is deleting in the foreground, or is not the
    /// object the reference names.
    private func hasOwnerNotSolid(_ object: KubeObject, states: inout OwnerStates) -> Bool {
        object.value.member("metadata", "ownerReferences").array.contains { reference in
            guard let uid = reference["uid"].string else { return false }
            let key = OwnerStates.Key(uid: uid, namespace: object.namespace, name: reference["name"].string, kind: reference["kind"].string)
            if let known = states.known[key] { return known != .solid }
            let state = ownerState(of: reference, namespace: object.namespace)
            states.known[key] = state
            return state != .solid
        }
    }

    /// Sorts locations as the store lists them: by type, as discovery serves them, then by key.
    private func storeOrder() -> (OwnershipIndex.Location, OwnershipIndex.Location) -> Bool {
        var positions: [ResourceType: Int] = [:]
        for (index, type) in storedResourceTypes.enumerated() { positions[type] = index }
        return { a, b in
            let (first, second) = (positions[a.type] ?? Int.max, positions[b.type] ?? Int.max)
            return first != second ? first < second : a.key < b.key
        }
    }

    /// The object stored at `location` now, if any.
    private func current(_ location: OwnershipIndex.Location) -> (type: ResourceType, object: KubeObject)? {
        store.get(location.type, namespace: location.key.namespace, name: location.key.name).map { (location.type, $0) }
    }

    /// `orphanDependents`: every dependent loses its reference to the owner, then the owner goes.
    private func orphanDependents(of owner: (type: ResourceType, object: KubeObject)) {
        let order = storeOrder()
        for dependent in ownership.dependents(of: owner.object.uid).sorted(by: { order($0.location, $1.location) }) {
            guard let current = current(dependent.location), current.object.uid == dependent.uid else { continue }
            save(dependent.location.type, Self.removingOwnerReferences(to: [owner.object.uid], from: current.object))
        }
        removeFinalizer(Finalizers.orphanDependents, from: owner.object, as: owner.type)
    }

    /// `attemptToDeleteItem` for an object that is not being deleted: owners that are gone or
    /// deleting in the foreground are dropped while a live owner remains; otherwise it is deleted.
    private func attemptToDelete(_ item: (type: ResourceType, object: KubeObject)) {
        let references = item.object.metadata["ownerReferences"].array
        guard !references.isEmpty else { return }
        var solid = 0
        var dangling: [String] = []
        var waiting: [String] = []
        for reference in references {
            guard let uid = reference["uid"].string else { continue }
            switch ownerState(of: reference, namespace: item.object.namespace) {
            case .solid: solid += 1
            case .dangling: dangling.append(uid)
            case .waitingForDependents: waiting.append(uid)
            }
        }
        if solid > 0 {
            guard !dangling.isEmpty || !waiting.isEmpty else { return }
            save(item.type, Self.removingOwnerReferences(to: dangling + waiting, from: item.object))
        } else if !waiting.isEmpty && !ownership.dependents(of: item.object.uid).isEmpty {
            deleteObject(item.type, item.object, propagation: .foreground)
        } else {
            let finalizers = item.object.finalizerNames
            let policy: DeletionPropagation =
                finalizers.contains(Finalizers.orphanDependents)
                ? .orphan : finalizers.contains(Finalizers.deleteDependents) ? .foreground : .background
            deleteObject(item.type, item.object, propagation: policy)
        }
    }

    /// What became of the owner a reference names (`classifyReferences`).
    private func ownerState(of reference: JSONValue, namespace: String?) -> OwnerState {
        let apiVersion = reference["apiVersion"].string ?? ""
        let group = apiVersion.contains("/") ? String(apiVersion.prefix { $0 != "/" }) : ""
        guard let kind = reference["kind"].string,
            let type = storedResourceTypes.first(where: { $0.kind == kind && $0.group == group })
        else { return .solid }  // a kind discovery does not know: the collector cannot judge it
        guard let owner = lookup(type, namespace, reference["name"].string ?? ""),
            owner.uid == reference["uid"].string
        else { return .dangling }
        let deletingDependents =
            owner.deletionTimestamp != nil && owner.finalizerNames.contains(Finalizers.deleteDependents)
        return deletingDependents ? .waitingForDependents : .solid
    }

    private enum OwnerState { case solid, dangling, waitingForDependents }

    /// `object` without its references to `uids`.
    static func removingOwnerReferences(to uids: [String], from object: KubeObject) -> KubeObject {
        var updated = object
        let kept = object.metadata["ownerReferences"].array.filter { !uids.contains($0["uid"].string ?? "") }
        updated[path: "metadata.ownerReferences"] = kept.isEmpty ? .null : .array(kept)
        return updated
    }
}
