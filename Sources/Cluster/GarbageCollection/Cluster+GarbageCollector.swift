import KubeAPI

/// The garbage collector (`pkg/controller/garbagecollector`): deletes objects whose owners are
/// all gone, finishes foreground deletions once the blocking dependents are gone, and orphans
/// the dependents of owners deleted with the orphan policy.
extension Cluster {
    /// One pass over every object that has owners or is waiting for the collector; reports
    /// whether anything was written.
    func collectGarbage() -> Bool {
        if let changes = takeChanges(for: .garbageCollector) {
            if !mayNeedCollection(changes) { return false }
        } else if !storedResourceTypes.contains(where: { store.list($0).contains(where: mayNeedCollection) }) {
            // The first pass: only objects the collector could act on need the whole graph.
            return false
        }
        let before = store.revision
        // The store as etcd holds it: read-time answers (APIServices, renewed Leases) own nothing.
        let graph = OwnershipGraph(objects: storedResourceTypes.flatMap { type in store.list(type).map { (type, $0) } })
        for node in graph.deletingOwners {
            guard let owner = current(node) else { continue }
            if owner.object.finalizerNames.contains(Finalizers.orphanDependents) {
                orphanDependents(of: owner, graph: graph)
            } else if !graph.dependents(of: owner.object.uid).contains(where: \.blocksOwnerDeletion) {
                removeFinalizer(Finalizers.deleteDependents, from: owner.object, as: owner.type)
            }
        }
        for node in graph.dependentObjects {
            guard let dependent = current(node), dependent.object.deletionTimestamp == nil else { continue }
            attemptToDelete(dependent, graph: graph)
        }
        return store.revision != before
    }

    /// Whether some change can give the collector work: something went, is being deleted, or
    /// names an owner that is gone or going. Other changes leave every verdict as it was.
    /// Each owner is looked up once, however many of its dependents were written.
    private func mayNeedCollection(_ changes: [ChangeJournal.Change]) -> Bool {
        var ownerGoing: [String: Bool] = [:]
        for change in changes {
            if change.removed { return true }
            guard let object = lookup(change.type, change.key.namespace, change.key.name) else { continue }
            if mayNeedCollection(object, ownerGoing: &ownerGoing) { return true }
        }
        return false
    }

    /// Whether the collector could act on `object`: it is being deleted, or an owner it names
    /// is gone or going (`ownerGoing` remembers each owner's answer).
    private func mayNeedCollection(_ object: KubeObject, ownerGoing: inout [String: Bool]) -> Bool {
        if object.deletionTimestamp != nil { return true }
        return object.value.member("metadata", "ownerReferences").array.contains { reference in
            guard let uid = reference["uid"].string else { return true }
            if let known = ownerGoing[uid] { return known }
            let going = store.object(uid: uid).map { $0.object.deletionTimestamp != nil } ?? true
            ownerGoing[uid] = going
            return going
        }
    }

    /// Whether the collector could act on `object` (see `mayNeedCollection(_:ownerGoing:)`).
    private func mayNeedCollection(_ object: KubeObject) -> Bool {
        var ownerGoing: [String: Bool] = [:]
        return mayNeedCollection(object, ownerGoing: &ownerGoing)
    }

    /// The node's object as stored now, if it is still the same object.
    private func current(_ node: OwnershipGraph.Node) -> OwnershipGraph.Node? {
        guard let object = lookup(node.type, node.object.namespace, node.object.name), object.uid == node.object.uid
        else { return nil }
        return OwnershipGraph.Node(type: node.type, object: object)
    }

    /// `orphanDependents`: every dependent loses its reference to the owner, then the owner goes.
    private func orphanDependents(of owner: OwnershipGraph.Node, graph: OwnershipGraph) {
        for dependent in graph.dependents(of: owner.object.uid) {
            guard let current = lookup(dependent.type, dependent.object.namespace, dependent.object.name),
                current.uid == dependent.object.uid
            else { continue }
            save(dependent.type, Self.removingOwnerReferences(to: [owner.object.uid], from: current))
        }
        removeFinalizer(Finalizers.orphanDependents, from: owner.object, as: owner.type)
    }

    /// `attemptToDeleteItem` for an object that is not being deleted: owners that are gone or
    /// deleting in the foreground are dropped while a live owner remains; otherwise it is deleted.
    private func attemptToDelete(_ item: OwnershipGraph.Node, graph: OwnershipGraph) {
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
        } else if !waiting.isEmpty && !graph.dependents(of: item.object.uid).isEmpty {
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
