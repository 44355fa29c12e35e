import Cluster
import KubeAPI

/// `kubectl apply --server-side`: sends each manifest whole as an apply patch under a field
/// manager (`kubectl`, or `--field-manager`); the apiserver merges it and tracks ownership.
/// Afterwards `kubectl` claims the client-side apply annotation under a manager of its own, an
/// object kubectl once applied client-side has its client-side managers folded into the applier,
/// and the apply is sent again; a refusal of these steps is only a warning.
extension Apply {
    /// What a refused apply adds to the apiserver's conflict message.
    static let conflictAdvice = """
        Please review the fields above--they currently have other managers. Here
        are the ways you can resolve this warning:
        * If you intend to manage all of these fields, please re-run the apply
          command with the `--force-conflicts` flag.
        * If you do not intend to manage all of the fields, please edit your
          manifest to remove references to the fields that should keep their
          current managers.
        * You may co-own fields by updating your manifest to match the existing
          value; in this case, you'll become the manager if the other manager(s)
          stop managing the field (remove it from their configuration).
        See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts
        """

    /// The field manager of an apply: `--field-manager`, else by the kind of apply.
    static func fieldManager(_ context: VerbContext, serverSide: Bool) -> String {
        context.flags.string("field-manager") ?? (serverSide ? "kubectl" : "kubectl-client-side-apply")
    }

    /// Applies one object server-side; returns it as the apiserver answered.
    static func applyServerSide(
        _ object: KubeObject, type: ResourceType, dryRun: DryRun, validation: FieldValidation, context: VerbContext
    ) throws(KubectlFailure) -> (ResourceType, KubeObject, String) {
        let cluster = try context.cluster
        let manager = fieldManager(context, serverSide: true)
        let force = context.flags.bool("force-conflicts")
        let subresource = context.flags.string("subresource").flatMap { $0.isEmpty ? nil : $0 }
        var query = ["fieldManager": manager, "fieldValidation": validation.directive, "force": force ? "true" : "false"]
        if dryRun == .server { query["dryRun"] = "All" }
        let request = ServerRequest.patch(
            type, namespace: object.namespace, name: object.name, subresource: subresource ?? "", patchType: .apply,
            query: query)
        if dryRun != .client, validation != .ignore { context.logSchemaDownload(for: type) }
        let send = { () throws(APIError) -> KubeObject in
            try context.send(request) { () throws(APIError) -> KubeObject in
                // The PATCH is authorized before the apiserver reads the configuration; undeclared
                // fields are the field manager's errors whatever the validation.
                try cluster.authorize(
                    AccessRequest(verb: "patch", type, subresource: subresource ?? "", namespace: object.namespace, name: object.name),
                    as: context.user)
                try cluster.checkApplyConfiguration(object, subresource: subresource)
                let decoded = try cluster.decodeFields(of: object, as: type, validation: .ignore, patching: true)
                return try cluster.apply(
                    decoded.object, manager: manager, force: force, dryRun: dryRun == .server, as: context.user,
                    subresource: subresource
                ).object
            }
        }
        var written: KubeObject
        do throws(APIError) {
            written = try send()
        } catch {
            if error.code == 409, error.reason == "Conflict" { throw .error(error.message + "\n" + conflictAdvice) }
            throw .server(error)
        }
        // The annotation's keeping and the managers' upgrade are left to applies of the object itself.
        guard subresource == nil, dryRun == .none else { return (type, written, "serverside-applied") }
        // The steps after the apply only warn when refused: the apply itself has been made.
        do throws(APIError) {
            if manager == "kubectl" { try keepLastApplied(written, type: type, cluster: cluster, context: context) }
        } catch {
            context.io.err(migrationWarning("failed to migrate \(lastApplied) for Server-Side Apply", error))
            return (type, written, "serverside-applied")
        }
        let migrated: Bool
        do throws(APIError) {
            migrated = try upgradeClientSideManagers(type: type, of: written, manager: manager, cluster: cluster)
        } catch {
            context.io.err(migrationWarning("server rejected managed fields migration to Server-Side Apply", error))
            return (type, written, "serverside-applied")
        }
        if migrated {
            do throws(APIError) {
                written = try send()
            } catch {
                context.io.err(
                    migrationWarning("failed to re-apply configuration after performing Server-Side Apply migration", error))
            }
        }
        return (type, written, "serverside-applied")
    }

    /// kubectl's warning when a step after a server-side apply is refused; the next apply tries again.
    private static func migrationWarning(_ what: String, _ error: APIError) -> String {
        "Warning: \(what). This is non-fatal and will be retried next time you apply. Error: \(error.message)\n"
    }

    /// The path of the last-applied annotation among an object's fields.
    static let lastAppliedPath: FieldPath = [.field("metadata"), .field("annotations"), .field(lastApplied)]

    /// The applier kubectl claims an object's client-side apply annotation under, so that its
    /// own server-side applies, which do not set it, keep it.
    static let lastAppliedKeeper = "kubectl-last-applied"

    /// Before the first server-side apply by `kubectl` of an object that has a client-side apply
    /// annotation, a separate applier claims the annotation so that it is kept.
    private static func keepLastApplied(
        _ written: KubeObject, type: ResourceType, cluster: Cluster, context: VerbContext
    ) throws(APIError) {
        let live = try cluster.get(type, namespace: written.namespace, name: written.name)
        guard let annotation = live.annotations[lastApplied] else { return }
        let entries = cluster.managedFields(of: live)
        if entries.contains(where: { $0.operation == .apply && $0.fields.paths.contains(lastAppliedPath) }) { return }
        var claim = KubeObject([
            "apiVersion": .string(live.apiVersion), "kind": .string(live.kind),
            "metadata": ["name": .string(live.name), "annotations": [lastApplied: .string(annotation)]],
        ])
        if let namespace = live.namespace { claim[path: "metadata.namespace"] = .string(namespace) }
        _ = try cluster.apply(claim, manager: lastAppliedKeeper, force: false, dryRun: false, as: context.user)
    }

    /// Folds the client-side apply managers (updaters owning the annotation) into the applier,
    /// as kubectl's `csaupgrade` does; reports whether anything changed.
    private static func upgradeClientSideManagers(
        type: ResourceType, of written: KubeObject, manager: String, cluster: Cluster
    ) throws(APIError) -> Bool {
        let live = try cluster.get(type, namespace: written.namespace, name: written.name)
        var entries = cluster.managedFields(of: live)
        let clientSide = Set(entries.filter { $0.operation == .update && $0.fields.paths.contains(lastAppliedPath) }.map(\.manager))
        let before = entries
        for name in clientSide.sorted() {
            let isClientSide = { (entry: ManagedFieldsEntry) in entry.manager == name && entry.operation == .update && entry.subresource == nil }
            var target = entries.firstIndex { $0.manager == manager && $0.operation == .apply && $0.subresource == nil }
            if target == nil, let found = entries.firstIndex(where: isClientSide) {
                entries[found].operation = .apply
                entries[found].manager = manager
                target = found
            }
            guard let target else { continue }
            if let source = entries.firstIndex(where: { isClientSide($0) && $0.apiVersion == entries[target].apiVersion }) {
                entries[target].fields = entries[target].fields.union(entries[source].fields)
            }
            entries.removeAll(where: isClientSide)
        }
        guard entries != before else { return false }
        try cluster.replaceManagedFields(
            entries, of: type, namespace: live.namespace, name: live.name, resourceVersion: live.resourceVersion)
        return true
    }
}
