import Cluster
import KubeAPI

/// `kubectl apply --server-side`: sends each manifest whole as an apply patch under a field
/// manager (`kubectl`, or `--field-manager`); the apiserver merges it and tracks ownership.
/// Afterwards an object kubectl once applied client-side has its client-side managers folded
/// into the applier, and the apply is sent again.
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
        let send = { () throws(KubectlFailure) -> KubeObject in
            do throws(APIError) {
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
            } catch {
                if error.code == 409, error.reason == "Conflict" { throw .error(error.message + "\n" + conflictAdvice) }
                throw .server(error)
            }
        }
        var written = try send()
        // The annotation's keeping and the managers' upgrade are left to applies of the object itself.
        guard subresource == nil else { return (type, written, "serverside-applied") }
        if dryRun == .none, manager == "kubectl" { keepLastApplied(written, type: type, cluster: cluster, context: context) }
        if dryRun == .none, let refreshed = try? cluster.get(type, namespace: written.namespace, name: written.name),
            upgradeClientSideManagers(refreshed, type: type, manager: manager, cluster: cluster)
        {
            written = try send()
        }
        return (type, written, "serverside-applied")
    }

    /// The path of the last-applied annotation among an object's fields.
    static let lastAppliedPath: FieldPath = [.field("metadata"), .field("annotations"), .field(lastApplied)]

    /// Before the first server-side apply of an object that has a client-side apply annotation,
    /// a separate applier (`before-first-apply`) claims the annotation so that it is kept.
    private static func keepLastApplied(_ written: KubeObject, type: ResourceType, cluster: Cluster, context: VerbContext) {
        guard let live = try? cluster.get(type, namespace: written.namespace, name: written.name),
            let annotation = live.annotations[lastApplied]
        else { return }
        let entries = cluster.managedFields(of: live)
        if entries.contains(where: { $0.operation == .apply && $0.fields.paths.contains(lastAppliedPath) }) { return }
        var claim = KubeObject([
            "apiVersion": .string(live.apiVersion), "kind": .string(live.kind),
            "metadata": ["name": .string(live.name), "annotations": [lastApplied: .string(annotation)]],
        ])
        if let namespace = live.namespace { claim[path: "metadata.namespace"] = .string(namespace) }
        _ = try? cluster.apply(claim, manager: "before-first-apply", force: false, dryRun: false, as: context.user)
    }

    /// Folds the client-side apply managers (updaters owning the annotation) into the applier,
    /// as kubectl's `csaupgrade` does; reports whether anything changed.
    private static func upgradeClientSideManagers(
        _ live: KubeObject, type: ResourceType, manager: String, cluster: Cluster
    ) -> Bool {
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
        do {
            try cluster.replaceManagedFields(
                entries, of: type, namespace: live.namespace, name: live.name, resourceVersion: live.resourceVersion)
        } catch {
            return false
        }
        return true
    }
}
