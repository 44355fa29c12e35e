import KubeAPI

/// The apiserver's field manager: every write by a named manager updates who owns which field.
extension Cluster {
    /// The `metadata.managedFields` of a stored object: what named managers wrote, with the
    /// controllers' writes since last asked folded in; a world object no one has written since
    /// the lab began has the entries its writers left (`WorldFieldManagers`).
    public func managedFields(of object: KubeObject) -> [ManagedFieldsEntry] {
        foldControllerWrites(of: object.uid)
        if let entries = fieldManagers[object.uid] { return entries }
        guard store.fieldWrites.worldUIDs.contains(object.uid), let type = resourceType(apiVersion: object.apiVersion, kind: object.kind)
        else { return [] }
        return WorldFieldManagers(rules: settings.fieldManagers, meta: patchMeta(for: type)).entries(of: object)
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
        foldControllerWrites(of: stored.uid, throughLastClientUpdate: true)
        fieldManagers[stored.uid] = entries.sorted(by: ManagedFieldsEntry.precedes)
        // The write changes the object's metadata, so it takes a new resourceVersion.
        _ = store.put(storageType(of: type), stored)
    }

    /// Records an update (a create, `PUT` or patch) by `manager`: it owns what it added or
    /// changed, taking those fields from other managers; fields it removed are nobody's. A write
    /// through the status (or approval) subresource covers `status` only, any other write all but `status`.
    func recordUpdate(_ type: ResourceType, old: KubeObject?, new: KubeObject, manager: FieldManager, at time: Timestamp? = nil) {
        store(entries(afterUpdateOf: type, old: old, new: new, manager: manager, at: time), for: new)
    }

    /// The managed fields an update by `manager` would leave, recorded nowhere: what a dry run answers.
    public func managedFields(
        afterUpdateOf type: ResourceType, old: KubeObject?, new: KubeObject, manager: FieldManager
    ) -> [ManagedFieldsEntry] {
        entries(afterUpdateOf: type, old: old, new: new, manager: manager, at: nil)
            .filter { !$0.fields.isEmpty }.sorted(by: ManagedFieldsEntry.precedes)
    }

    private func entries(
        afterUpdateOf type: ResourceType, old: KubeObject?, new: KubeObject, manager: FieldManager, at time: Timestamp?
    ) -> [ManagedFieldsEntry] {
        let meta = patchMeta(for: type)
        let scope: FieldValues.Scope = ["status", "approval"].contains(manager.subresource) ? .status : .main
        let before = FieldValues(old?.value ?? ZeroObject.of(new, as: type), meta: meta, scope: scope)
        let after = FieldValues(new.value, meta: meta, scope: scope)
        let comparison = FieldComparison(from: before, to: after)
        // A node (map, list, struct) that came into being is owned too: the `.` of `fieldsV1`.
        var changed = comparison.changed.union(FieldSet(after.nodes.subtracting(before.nodes)))
        // A create's fields are recorded before mutating admission adds its own.
        if old == nil, scope == .main { changed = FieldSet(AdmissionSetFields.removing(AdmissionSetFields.paths(of: new), from: changed.paths)) }
        let removed = comparison.removed.union(FieldSet(before.nodes.subtracting(after.nodes)))
        var entries = old.map(managedFields(of:)) ?? []
        var mine = ManagedFieldsEntry(
            manager: manager.name, operation: .update, apiVersion: new.apiVersion, subresource: manager.subresource,
            time: time ?? now, fields: FieldSet())
        for index in entries.indices {
            if entries[index].isSameManager(as: mine) {
                mine.fields = entries[index].fields
                if changed.isEmpty && removed.isEmpty { mine.time = entries[index].time }
            } else {
                entries[index].fields = entries[index].fields.subtracting(changed).subtracting(removed)
            }
        }
        mine.fields = mine.fields.subtracting(removed).union(changed)
        entries.removeAll { $0.isSameManager(as: mine) }
        entries.append(mine)
        return entries
    }

    /// Keeps an object's entries, empty ones dropped, in the apiserver's order.
    ///
    /// Clients' updates noted before are worked out first, as they would have been when made.
    func store(_ entries: [ManagedFieldsEntry], for object: KubeObject) {
        foldControllerWrites(of: object.uid, throughLastClientUpdate: true)
        fieldManagers[object.uid] = entries.filter { !$0.fields.isEmpty }.sorted(by: ManagedFieldsEntry.precedes)
    }
}
