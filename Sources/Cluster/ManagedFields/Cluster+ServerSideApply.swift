import KubeAPI

/// Server-side apply (`PATCH` with `application/apply-patch+yaml`): the configuration is merged
/// into the live object; fields the applier set before and no longer sets are removed unless
/// another manager owns them; setting a field another manager owns to a new value is a conflict
/// unless forced.
extension Cluster {
    /// Applies `config` as `manager`; returns the object as stored (or as it would be, in a dry
    /// run) and whether it was created. Through the `status` subresource only the status is
    /// applied (the status strategy resets the rest), to an object that must exist.
    public func apply(
        _ config: KubeObject, manager: String, force: Bool, dryRun: Bool, as user: UserInfo? = nil,
        subresource: String? = nil
    ) throws(APIError) -> (object: KubeObject, created: Bool) {
        guard let type = resourceType(apiVersion: config.apiVersion, kind: config.kind) else {
            throw APIError(
                reason: "BadRequest", message: "no matches for kind \"\(config.kind)\" in version \"\(config.apiVersion)\"",
                code: 400)
        }
        if subresource != "scale" { try checkApplyConfiguration(config, type: type) }
        if let subresource {
            return try applySubresource(subresource, config, type: type, manager: manager, force: force, dryRun: dryRun, as: user)
        }
        return try apply(config, type: type, manager: manager, force: force, dryRun: dryRun, as: user, subresource: nil)
    }

    func apply(
        _ config: KubeObject, type: ResourceType, manager: String, force: Bool, dryRun: Bool, as user: UserInfo?,
        subresource: String?
    ) throws(APIError) -> (object: KubeObject, created: Bool) {
        let meta = patchMeta(for: type)
        // A write through the status subresource covers the status alone; any other, all but it.
        let scope: FieldValues.Scope = subresource == nil ? .main : .statusApply
        let claimed = FieldValues(config.value, meta: meta, scope: scope).applied
        guard let live = try? get(type, namespace: config.namespace, name: config.name) else {
            if subresource != nil { throw .notFound(type, config.name) }
            try authorize(AccessRequest(verb: "create", type, namespace: config.namespace), as: user)
            let created = try create(config, dryRun: dryRun, as: user)
            if !dryRun {
                store([applyEntry(manager, apiVersion: config.apiVersion, claimed)], for: created)
            }
            return (created, true)
        }
        try authorize(
            AccessRequest(verb: "patch", type, subresource: subresource ?? "", namespace: config.namespace, name: config.name), as: user)
        // A resourceVersion in the configuration is a precondition, as on any write.
        if let version = config.metadata["resourceVersion"].string, !version.isEmpty, version != String(live.resourceVersion) {
            throw .conflict(type, config.name)
        }
        var entries = managedFields(of: live)
        var mine = applyEntry(manager, apiVersion: config.apiVersion, claimed)
        mine.subresource = subresource
        let previous = entries.first { $0.isSameManager(as: mine) }?.fields ?? FieldSet()
        let others = entries.filter { !$0.isSameManager(as: mine) }.reduce(FieldSet()) { $0.union($1.fields) }
        var merged: JSONValue
        do {
            merged = try StrategicMergePatch.apply(config.value, to: live.value, meta: meta)
        } catch {
            throw APIError(reason: "BadRequest", message: error.message, code: 400)
        }
        // What this applier alone set before and sets no more goes; a map or item that still
        // holds a field someone owns stays.
        let kept = claimed.union(others).paths
        for path in previous.subtracting(claimed).subtracting(others).sorted.reversed()
        where !kept.contains(where: { $0.count > path.count && Array($0.prefix(path.count)) == path }) {
            merged = merged.removing(path)
        }
        let comparison = FieldComparison(
            from: FieldValues(live.value, meta: meta, scope: scope), to: FieldValues(merged, meta: meta, scope: scope))
        var conflicts: [(ManagedFieldsEntry, FieldPath)] = []
        for entry in entries where !entry.isSameManager(as: mine) {
            conflicts += entry.fields.intersection(comparison.changed).sorted.map { (entry, $0) }
        }
        // kubectl's own applier may take over what its client-side apply last set, unchanged since.
        if manager == "kubectl", subresource == nil, let allowed = LastAppliedUpdate.takeable(live, meta: meta) {
            let refused = conflicts.filter { !allowed.paths.contains($0.1) }
            if !refused.isEmpty { conflicts = refused } else { conflicts = [] }
        }
        if !conflicts.isEmpty, !force {
            throw APIError(reason: "Conflict", message: ApplyConflicts.message(conflicts), code: 409)
        }
        if manager == "kubectl", subresource == nil { merged = LastAppliedUpdate.refresh(merged, config: config) }
        var stored = KubeObject(merged)
        stored[path: "metadata.resourceVersion"] = live.metadata["resourceVersion"]
        let written = subresource == nil ? try replace(stored, dryRun: dryRun) : try replaceStatus(stored, dryRun: dryRun)
        guard !dryRun else { return (written, false) }
        for index in entries.indices where !entries[index].isSameManager(as: mine) {
            entries[index].fields = entries[index].fields.subtracting(comparison.changed).subtracting(comparison.removed)
        }
        var applied = mine
        if let earlier = entries.first(where: { $0.isSameManager(as: mine) }), earlier.fields == claimed,
            written.resourceVersion == live.resourceVersion
        {
            applied.time = earlier.time
        }
        entries.removeAll { $0.isSameManager(as: mine) }
        store(entries + [applied], for: written)
        return (written, false)
    }

    /// Refuses a configuration the field manager cannot convert to its kind's typed value (any
    /// but the scale subresource's, whose version is checked first).
    public func checkApplyConfiguration(_ config: KubeObject, subresource: String?) throws(APIError) {
        guard subresource != "scale", let type = resourceType(apiVersion: config.apiVersion, kind: config.kind) else { return }
        try checkApplyConfiguration(config, type: type)
    }

    /// The field manager's typed conversion of the configuration: structured-merge-diff's
    /// errors come back as no Status, so the apiserver answers 500 with their text.
    private func checkApplyConfiguration(_ config: KubeObject, type: ResourceType) throws(APIError) {
        guard let kind = settings.schema.kind(type.kind, groupVersion: type.apiVersion) else { return }
        let errors = settings.schema.applyErrors(in: config.value, as: kind)
        guard !errors.isEmpty else { return }
        let object = "\(config.namespace ?? "")/\(config.name); \(type.group)/\(type.version), Kind=\(type.kind)"
        throw APIError(
            reason: "", message: "failed to create typed patch object (\(object)): " + APISchema.describe(errors), code: 500)
    }

    private func applyEntry(_ manager: String, apiVersion: String, _ fields: FieldSet) -> ManagedFieldsEntry {
        ManagedFieldsEntry(manager: manager, operation: .apply, apiVersion: apiVersion, time: now, fields: fields)
    }
}

/// The apiserver keeps a client-side apply annotation, where an object has one, in step with
/// what is server-side applied: it becomes the applied configuration.
enum LastAppliedUpdate {
    static let annotation = "kubectl.kubernetes.io/last-applied-configuration"

    /// The fields of the annotation's configuration whose live values are still the ones it set.
    static func takeable(_ live: KubeObject, meta: PatchMeta) -> FieldSet? {
        guard let text = live.annotations[annotation], !text.isEmpty,
            let recorded = try? YAMLDecoding.documents(text).first
        else { return nil }
        let configured = FieldValues(recorded, meta: meta)
        let comparison = FieldComparison(from: configured, to: FieldValues(live.value, meta: meta))
        return configured.applied.subtracting(comparison.modified)
    }

    /// The merged object with the annotation, where it has one, set to the applied configuration.
    static func refresh(_ merged: JSONValue, config: KubeObject) -> JSONValue {
        guard KubeObject(merged).annotations[annotation] != nil else { return merged }
        var recorded = config.value
        var annotations = config.annotations
        annotations[annotation] = nil
        recorded[path: "metadata.annotations"] = config.metadata["annotations"].isNull ? .null : .stringMap(annotations)
        var result = merged
        var kept = KubeObject(merged).annotations
        kept[annotation] = GoJSON.marshal(recorded.sortedKeys) + "\n"
        result[path: "metadata.annotations"] = .stringMap(kept)
        return result
    }
}

/// The message of a refused apply: structured-merge-diff's conflicts, one or grouped by manager.
enum ApplyConflicts {
    static func message(_ conflicts: [(ManagedFieldsEntry, FieldPath)]) -> String {
        if conflicts.count == 1, let (entry, path) = conflicts.first {
            return "Apply failed with 1 conflict: conflict with \(entry.described): \(path.described)"
        }
        var lines: [String] = []
        let managers = conflicts.map(\.0).reduce(into: [ManagedFieldsEntry]()) { found, entry in
            if !found.contains(where: { $0.isSameManager(as: entry) }) { found.append(entry) }
        }
        for manager in managers.sorted(by: { ($0.manager, $0.operation.rawValue, $0.apiVersion) < ($1.manager, $1.operation.rawValue, $1.apiVersion) }) {
            lines.append("conflicts with \(manager.described):")
            lines += conflicts.filter { $0.0.isSameManager(as: manager) }.map { "- " + $0.1.described }
        }
        return "Apply failed with \(conflicts.count) conflicts: " + lines.joined(separator: "\n")
    }
}
