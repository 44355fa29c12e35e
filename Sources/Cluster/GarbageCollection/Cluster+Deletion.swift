import KubeAPI

/// The apiserver's side of `DELETE` (`registry/generic/registry/store.go`): pods terminate
/// gracefully, foreground and orphan deletion leave the object marked with the garbage
/// collector's finalizer, and an object goes once no finalizer, whoever's, holds it any more.
extension Cluster {
    /// Deletes `object` as `DELETE` with `propagation` does; returns the object as the reply shows it.
    @discardableResult
    func deleteObject(
        _ type: ResourceType, _ object: KubeObject, gracePeriodSeconds: Int? = nil, propagation: DeletionPropagation
    ) -> KubeObject {
        if type == .namespaces { return beginNamespaceDeletion(object, propagation: propagation) }
        if type == .customResourceDefinitions, object.deletionTimestamp == nil { return beginDefinitionDeletion(object) }
        var current = object
        let finalizers = Self.finalizers(of: object, after: propagation)
        if finalizers != object.finalizerNames {
            current.finalizerNames = finalizers
            save(type, current)
        }
        if type == .pods, replaceDeletedMirrorPod(current) {
            // The reply is the pod as the apiserver marked it; its kubelet took it away at once.
            return Self.markedAsDeleting(current, now: now)
        }
        if type == .pods, beginGracefulDeletion(of: current, gracePeriodSeconds: gracePeriodSeconds) {
            return lookup(type, current.namespace, current.name) ?? current
        }
        guard !current.finalizerNames.isEmpty else {
            store.remove(type, namespace: current.namespace, name: current.name)
            if type == .pods {
                // Deleted at once (`--grace-period=0 --force`): its kubelet still stops what ran.
                if let node = current.nodeName, !current.isFinished, lookup(.nodes, nil, node) != nil, !isPodSyncStopped(node) {
                    recordKillingEvents(of: current, on: node)
                }
                releaseResources(of: current)
            }
            return current
        }
        save(type, Self.markedAsDeleting(current, now: now))
        // Deleted at once, a pod on a node still has its containers stopped by the kubelet.
        if type == .pods, let node = current.nodeName, !current.isFinished, !isPodSyncStopped(node), stoppingPods[current.uid] == nil,
            current.metadata["deletionGracePeriodSeconds"].isNull, let marked = lookup(type, current.namespace, current.name)
        {
            killContainers(of: marked, on: node, grace: 0)
        }
        return lookup(type, current.namespace, current.name) ?? current
    }

    /// Takes `finalizer` off an object; removes the object if it was waiting only for that.
    func removeFinalizer(_ finalizer: String, from object: KubeObject, as type: ResourceType) {
        var updated = object
        updated.finalizerNames = object.finalizerNames.filter { $0 != finalizer }
        if !removeIfUnheld(type, updated) { save(type, updated) }
    }

    /// Removes an object being deleted that nothing holds any more (`ShouldDeleteDuringUpdate`:
    /// no finalizer left and no grace period running); reports whether it did.
    @discardableResult
    func removeIfUnheld(_ type: ResourceType, _ object: KubeObject) -> Bool {
        guard object.deletionTimestamp != nil, object.finalizerNames.isEmpty,
            type != .namespaces || object[path: "spec.finalizers"].array.isEmpty
        else { return false }
        // A pod whose containers are still stopping goes when the kubelet has stopped them.
        if type == .pods, stoppingPods[object.uid] != nil || (object.metadata["deletionGracePeriodSeconds"].int ?? 0) > 0 {
            return false
        }
        store.remove(type, namespace: object.namespace, name: object.name)
        if type == .pods { releaseResources(of: object) }
        return true
    }

    /// The finalizers an object carries after a delete with `propagation`
    /// (`deletionFinalizersForGarbageCollection`): the collector's own are replaced, others kept.
    static func finalizers(of object: KubeObject, after propagation: DeletionPropagation) -> [String] {
        var finalizers = object.finalizerNames.filter { !Finalizers.garbageCollection.contains($0) }
        if let own = propagation.finalizer { finalizers.append(own) }
        return Set(finalizers) == Set(object.finalizerNames) ? object.finalizerNames : finalizers
    }

    /// `markAsDeleting`: a deletion timestamp of now, no grace period, and a new generation.
    static func markedAsDeleting(_ object: KubeObject, now: Timestamp) -> KubeObject {
        var marked = object
        if object.deletionTimestamp == nil, let generation = object.metadata["generation"].int, generation > 0 {
            marked[path: "metadata.generation"] = .int(generation + 1)
        }
        if let deletion = object.deletionTimestamp {
            // A grace period cut to 0 moves the deletion back by the whole period (`BeforeDelete`).
            if let grace = object.metadata["deletionGracePeriodSeconds"].int, grace > 0 {
                marked[path: "metadata.deletionTimestamp"] = .string(deletion.adding(seconds: Int64(-grace)).rfc3339)
            }
        } else {
            marked[path: "metadata.deletionTimestamp"] = .string(now.rfc3339)
        }
        marked[path: "metadata.deletionGracePeriodSeconds"] = 0
        return marked
    }
}

extension KubeObject {
    /// `metadata.finalizers`.
    var finalizerNames: [String] {
        get { metadata["finalizers"].array.compactMap(\.string) }
        set { self[path: "metadata.finalizers"] = newValue.isEmpty ? .null : .array(newValue.map(JSONValue.string)) }
    }

    /// Whether the garbage collector still has work to do before this object may go.
    var holdsGarbageCollectorFinalizer: Bool {
        finalizerNames.contains { Finalizers.garbageCollection.contains($0) }
    }
}
