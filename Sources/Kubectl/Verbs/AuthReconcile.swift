import Cluster
import KubeAPI

/// `kubectl auth reconcile -f FILE|-`: brings the Roles, ClusterRoles, RoleBindings and
/// ClusterRoleBindings of the manifests into the cluster without dropping what is already
/// granted (`pkg/cmd/auth/reconcile.go`). Each object is printed as reconciled on stdout; what it
/// took goes to stderr. Other kinds are skipped; failures are gathered and printed at the end.
enum AuthReconcile {
    static let flags: [FlagSpec] = [
        FlagSpec("remove-extra-permissions", nil, .bool), FlagSpec("remove-extra-subjects", nil, .bool),
        FlagSpec.dryRun, FlagSpec("output", "o"),
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        try flags.refuseOthers(than: Self.flags, command: "auth reconcile")
        guard ManifestFiles.given(context) else { throw .error("must specify one of -f and -k") }
        guard flags.positionals.isEmpty else { throw .error("no arguments are allowed") }
        let dryRun: DryRun
        do {
            dryRun = try context.dryRun()
        } catch {
            throw .error("error accessing --dry-run flag for command reconcile: " + error.message.dropping("error: "))
        }
        if dryRun == .server { throw .error("--dry-run=server for command reconcile is not supported yet") }
        let manifests = try ManifestFiles.read(flags.strings("filename"), context, lookups: .none)
        let format = try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let printer = CommandPrinter()
        var failures: [GatheredError] = []
        for (manifest, source) in manifests {
            do {
                try reconcile(manifest, source: source, dryRun: dryRun, format: format, printer: printer, context: context)
            } catch {
                failures.append(error)
            }
        }
        if !failures.isEmpty { throw .aggregate(failures) }
        return 0
    }

    /// Served groups whose types kubectl's scheme does not hold.
    private static let groupsOutsideScheme: Set = ["apiextensions.k8s.io", "apiregistration.k8s.io", "metrics.k8s.io"]

    /// The four kinds, by the `rbac/v1` kind a manifest names.
    private static let kinds: [String: ResourceType] = [
        "Role": .roles, "ClusterRole": .clusterRoles, "RoleBinding": .roleBindings, "ClusterRoleBinding": .clusterRoleBindings,
    ]

    private static func reconcile(
        _ manifest: KubeObject, source: String, dryRun: DryRun, format: OutputFormat, printer: CommandPrinter,
        context: VerbContext
    ) throws(GatheredError) {
        let group = manifest.apiVersion.contains("/") ? String(manifest.apiVersion.prefix { $0 != "/" }) : ""
        let rbacType = group == "rbac.authorization.k8s.io" ? kinds[manifest.kind] : nil
        // kubectl decodes every object with its own scheme, which knows only built-in kinds.
        let builtIn = (ResourceType.discovered + ResourceType.otherVersions).first {
            $0.apiVersion == manifest.apiVersion && $0.kind == manifest.kind
        }
        guard rbacType != nil || (builtIn != nil && !Self.groupsOutsideScheme.contains(group)) else {
            throw .plain(
                "unable to decode \(GoSyntax.quoted(source)): no kind \(GoSyntax.quoted(manifest.kind)) is registered for version \(GoSyntax.quoted(manifest.apiVersion)) in scheme \"pkg/scheme/scheme.go:28\"")
        }
        // The builder checks every object's namespace against an explicit -n.
        if let own = manifest.namespace, context.explicitNamespace, own != context.namespace,
            (rbacType ?? builtIn)?.namespaced ?? false
        {
            throw .plain(
                "the namespace from the provided object \"\(own)\" does not match the namespace \"\(context.namespace)\". You must pass '--namespace=\(own)' to perform this operation."
            )
        }
        guard let type = rbacType else { return }
        if manifest.apiVersion != type.apiVersion {
            let version = manifest.apiVersion.split(separator: "/").last.map(String.init) ?? ""
            throw .plain("only rbac.authorization.k8s.io/v1 is supported: not *\(version).\(manifest.kind)")
        }
        let flags = context.flags
        let removeExtraPermissions = flags.bool("remove-extra-permissions")
        let removeExtraSubjects = flags.bool("remove-extra-subjects")
        // The manifest's own namespace: kubectl does not fill in the default one here.
        let namespace = type.namespaced ? manifest.namespace ?? "" : nil
        let existing = try stored(type, namespace: namespace, name: manifest.name, context: context)
        var result = type == .roles || type == .clusterRoles
            ? RBACReconciliation.role(expected: manifest, existing: existing, removeExtra: removeExtraPermissions)
            : RBACReconciliation.binding(expected: manifest, existing: existing, removeExtra: removeExtraSubjects)
        if !result.isProtected && dryRun == .none {
            result.object = try write(result, type: type, replacing: existing, context: context)
        }
        do {
            try printReconciled(result.object, type: type, dryRun: dryRun, format: format, printer: printer, context: context)
        } catch {
            throw .worded(error.message)
        }
        context.io.err(result.report(removeExtraSubjects: removeExtraSubjects, removeExtraPermissions: removeExtraPermissions))
    }

    /// The stored object, nil when there is none. A namespaced kind without a namespace is
    /// looked for at a path the apiserver does not serve, so it is never found.
    private static func stored(
        _ type: ResourceType, namespace: String?, name: String, context: VerbContext
    ) throws(GatheredError) -> KubeObject? {
        if namespace == "" { return nil }
        do throws(APIError) {
            let cluster = try serverCluster(context)
            try cluster.authorize(AccessRequest(verb: "get", type, namespace: namespace, name: name), as: context.user)
            return try cluster.get(type, namespace: namespace, name: name)
        } catch {
            if error.reason == "NotFound" { return nil }
            throw .worded(error.kubectlMessage)
        }
    }

    /// Performs the write the reconciliation needs and returns what the apiserver answered.
    private static func write(
        _ result: RBACReconciliation, type: ResourceType, replacing existing: KubeObject?, context: VerbContext
    ) throws(GatheredError) -> KubeObject {
        let manager = FieldManager("kubectl")
        do throws(APIError) {
            let cluster = try serverCluster(context)
            let user = context.user
            switch result.operation {
            case .none:
                return result.object
            case .update:
                try cluster.authorize(
                    AccessRequest(verb: "update", type, namespace: result.object.namespace, name: result.object.name), as: user)
                return try cluster.replace(result.object, manager: manager)
            case .recreate, .create:
                if result.operation == .recreate, let existing {
                    try cluster.authorize(
                        AccessRequest(verb: "delete", type, namespace: existing.namespace, name: existing.name), as: user)
                    do throws(APIError) {
                        try cluster.delete(type, namespace: existing.namespace, name: existing.name)
                    } catch where error.reason == "NotFound" {}
                }
                if let namespace = result.object.namespace, type.namespaced {
                    try ensureNamespace(namespace, cluster: cluster, user: user)
                } else if type.namespaced {
                    throw APIError(reason: "", message: "resource name may not be empty", code: 0)
                }
                return try cluster.create(result.object, as: user, manager: manager)
            }
        } catch {
            if error.code == 0 { throw .plain(error.message) }
            throw .worded(error.kubectlMessage)
        }
    }

    /// Creates the namespace a new Role or RoleBinding goes to when it is missing; being
    /// forbidden to look or to create is no failure (the create that follows tells).
    private static func ensureNamespace(_ name: String, cluster: Cluster, user: UserInfo?) throws(APIError) {
        do throws(APIError) {
            try cluster.authorize(AccessRequest(verb: "get", .namespaces, namespace: nil, name: name), as: user)
            _ = try cluster.get(.namespaces, namespace: nil, name: name)
            return
        } catch where error.reason == "NotFound" || error.reason == "Forbidden" {}
        do throws(APIError) {
            try cluster.create(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(name)]]), as: user)
        } catch where error.reason == "AlreadyExists" || error.reason == "Forbidden" {}
    }

    /// The cluster, its absence worded as an API failure would be.
    private static func serverCluster(_ context: VerbContext) throws(APIError) -> Cluster {
        do {
            return try context.cluster
        } catch {
            throw APIError(reason: "", message: error.message.dropping("error: "), code: 0)
        }
    }

    /// The object as the typed client holds it: Go's field order, managed fields hidden.
    private static func printReconciled(
        _ object: KubeObject, type: ResourceType, dryRun: DryRun, format: OutputFormat, printer: CommandPrinter,
        context: VerbContext
    ) throws(KubectlFailure) {
        var value = object.value
        if !context.flags.bool("show-managed-fields") { value[path: "metadata.managedFields"] = .null }
        let typed = GoTypedJSON.encode(value, as: "v1.\(type.kind)")
        if format == .json {
            printer.willPrint(format, io: context.io)
            JSONPrinter.write(typed, sortingKeys: false, to: context.io)
            return
        }
        _ = try ObjectOutput.print(
            KubeObject(typed), type: type, operation: "reconciled", output: context.flags.string("output"), dryRun: dryRun,
            context: context, printer: printer)
    }
}

extension String {
    /// The text without `prefix` where it starts with it.
    fileprivate func dropping(_ prefix: String) -> String { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self }
}
