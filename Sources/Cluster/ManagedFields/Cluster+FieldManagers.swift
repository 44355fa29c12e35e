import KubeAPI

/// The apiserver's field manager: every write by a named manager updates who owns which field.
extension Cluster {
    /// The `metadata.managedFields` of a stored object.
    public func managedFields(of object: KubeObject) -> [ManagedFieldsEntry] {
        fieldManagers[object.uid] ?? []
    }

    /// The object as the apiserver serves it, with `metadata.managedFields`.
    public func withManagedFields(_ object: KubeObject) -> KubeObject {
        let entries = managedFields(of: object)
        guard !entries.isEmpty else { return object }
        var result = object
        result[path: "metadata.managedFields"] = .array(entries.map(\.json))
        return result
    }

    /// Replaces an object's managed fields, as a client's JSON patch of `/metadata/managedFields`
    /// that names the object's resourceVersion does (kubectl's upgrade from client-side apply).
    public func replaceManagedFields(
        _ entries: [ManagedFieldsEntry], of type: ResourceType, namespace: String?, name: String, resourceVersion: Int
    ) throws(APIError) {
        let stored = try get(storageType(of: type), namespace: namespace, name: name)
        guard stored.resourceVersion == resourceVersion else { throw .conflict(type, name) }
        fieldManagers[stored.uid] = entries.sorted(by: ManagedFieldsEntry.precedes)
        // The write changes the object's metadata, so it takes a new resourceVersion.
        _ = store.put(storageType(of: type), stored)
    }

    /// Records an update (a create, `PUT` or patch) by `manager`: it owns what it added or
    /// changed, taking those fields from other managers; fields it removed are nobody's.
    func recordUpdate(_ type: ResourceType, old: KubeObject?, new: KubeObject, manager: FieldManager) {
        let meta = patchMeta(for: type)
        let comparison = FieldComparison(
            from: FieldValues(old?.value ?? .emptyObject, meta: meta), to: FieldValues(new.value, meta: meta))
        var entries = old.map(managedFields(of:)) ?? []
        var mine = ManagedFieldsEntry(
            manager: manager.name, operation: .update, apiVersion: new.apiVersion, subresource: manager.subresource,
            time: now, fields: FieldSet())
        for index in entries.indices {
            if entries[index].isSameManager(as: mine) {
                mine.fields = entries[index].fields
                if comparison.changed.isEmpty && comparison.removed.isEmpty { mine.time = entries[index].time }
            } else {
                entries[index].fields = entries[index].fields.subtracting(comparison.changed).subtracting(comparison.removed)
            }
        }
        mine.fields = mine.fields.subtracting(comparison.removed).union(comparison.changed)
        entries.removeAll { $0.isSameManager(as: mine) }
        entries.append(mine)
        store(entries, for: new)
    }

    /// Keeps an object's entries, empty ones dropped, in the apiserver's order.
    func store(_ entries: [ManagedFieldsEntry], for object: KubeObject) {
        fieldManagers[object.uid] = entries.filter { !$0.fields.isEmpty }.sorted(by: ManagedFieldsEntry.precedes)
    }
}
