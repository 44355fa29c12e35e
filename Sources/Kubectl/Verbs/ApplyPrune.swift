import Cluster
import KubeAPI

/// `kubectl apply --prune -l SELECTOR | --all`, the allowlist way: once every manifest is applied,
/// objects of the allowlisted types, in the namespaces applied to (and cluster-scoped ones), that
/// an apply once wrote (they carry the last-applied annotation), that match the selector and that
/// the manifests did not name, are deleted and printed as `pruned`.
extension Apply {
    struct Pruning {
        /// `--prune-allowlist`, resolved; empty for kubectl's default set.
        var allowlist: [ResourceType]
        /// `-l` as given; empty with `--all`.
        var selector: String
        var cascade: DeletionPropagation
        var gracePeriod: Int?
        /// The namespaces the manifests went to, and the objects they named.
        var namespaces: Set<String> = []
        var applied: Set<String> = []

        /// Records an applied object, so that it is kept and its namespace looked through.
        mutating func visit(_ type: ResourceType, _ object: KubeObject) {
            if type.namespaced, let namespace = object.namespace { namespaces.insert(namespace) }
            applied.insert(Self.key(type, object.namespace, object.name))
        }

        private static func key(_ type: ResourceType, _ namespace: String?, _ name: String) -> String {
            "\(type.group)/\(type.plural)/\(type.namespaced ? namespace ?? "" : "")/\(name)"
        }

        /// Deletes (or, in a dry run, only names) what the apply left behind.
        func run(output: String?, dryRun: DryRun, context: VerbContext) throws(KubectlFailure) {
            let cluster = try context.cluster
            let types = try allowlist.isEmpty ? Self.defaultTypes(cluster, context: context) : allowlist
            for namespace in namespaces.sorted() {
                for type in types where type.namespaced {
                    try prune(type, namespace: namespace, output: output, dryRun: dryRun, context: context)
                }
            }
            for type in types where !type.namespaced {
                try prune(type, namespace: nil, output: output, dryRun: dryRun, context: context)
            }
        }

        private func prune(
            _ type: ResourceType, namespace: String?, output: String?, dryRun: DryRun, context: VerbContext
        ) throws(KubectlFailure) {
            let cluster = try context.cluster
            let scope = type.namespaced ? "namespaced" : "nonNamespaced"
            let failed = { (error: APIError) -> KubectlFailure in
                .error("error pruning \(scope) object \(type.group)/\(type.version), Kind=\(type.kind): \(error.message)")
            }
            let found: [KubeObject]
            do throws(APIError) {
                try cluster.authorize(AccessRequest(verb: "list", type, namespace: namespace), as: context.user)
                found = try cluster.list(type, namespace: namespace, labelSelector: selector, fieldSelector: "")
            } catch {
                throw failed(error)
            }
            for object in found where object.annotations[lastApplied] != nil {
                guard !applied.contains(Self.key(type, object.namespace, object.name)) else { continue }
                if dryRun != .client {
                    do throws(APIError) {
                        try cluster.authorize(
                            AccessRequest(verb: "delete", type, namespace: object.namespace, name: object.name), as: context.user)
                        try cluster.delete(
                            type, namespace: object.namespace, name: object.name, gracePeriodSeconds: gracePeriod,
                            propagationPolicy: cascade, dryRun: dryRun == .server)
                    } catch {
                        throw failed(error)
                    }
                }
                _ = try ObjectOutput.print(
                    object, type: type, operation: "pruned", output: output, dryRun: dryRun, context: context, fetched: true)
            }
        }

        /// kubectl's default allowlist: namespaced types, then cluster-scoped ones. kubectl 1.32
        /// logs that the cluster-scoped ones will go when a namespace is set, and one always is
        /// (`default` when the kubeconfig names none).
        private static func defaultTypes(_ cluster: Cluster, context: VerbContext) throws(KubectlFailure) -> [ResourceType] {
            context.io.err(KlogLine.format(.warning, source: "prune.go:71", deprecation, at: cluster.now) + "\n")
            var types: [ResourceType] = []
            for (group, version, kind, namespaced) in defaultAllowlist {
                let apiVersion = group.isEmpty ? version : "\(group)/\(version)"
                guard let type = cluster.resourceType(apiVersion: apiVersion, kind: kind) else {
                    throw .error(
                        "error retrieving RESTMappings to prune: invalid resource \(group)/\(version), Kind=\(kind), "
                            + "Namespaced=\(namespaced): no matches for kind \"\(kind)\" in version \"\(apiVersion)\"")
                }
                types.append(type)
            }
            return types
        }

        static let deprecation =
            "Deprecated: kubectl apply will no longer prune non-namespaced resources by default when used with the "
            + "--namespace flag in a future release. To preserve the current behaviour, list the resources you want to "
            + "target explicitly in the --prune-allowlist flag."

        /// What `--prune` looks at without `--prune-allowlist` (group, version, kind, namespaced).
        static let defaultAllowlist: [(String, String, String, Bool)] = [
            ("", "v1", "ConfigMap", true), ("", "v1", "Endpoints", true), ("", "v1", "PersistentVolumeClaim", true),
            ("", "v1", "Pod", true), ("", "v1", "ReplicationController", true), ("", "v1", "Secret", true),
            ("", "v1", "Service", true), ("batch", "v1", "Job", true), ("batch", "v1", "CronJob", true),
            ("networking.k8s.io", "v1", "Ingress", true), ("apps", "v1", "DaemonSet", true),
            ("apps", "v1", "Deployment", true), ("apps", "v1", "ReplicaSet", true), ("apps", "v1", "StatefulSet", true),
            ("", "v1", "Namespace", false), ("", "v1", "PersistentVolume", false),
        ]
    }

    /// Reads the prune flags and checks apply's flags as kubectl completes and validates its
    /// options; nil without `--prune`.
    static func pruneOptions(
        _ context: VerbContext, dryRun: DryRun, cascade: DeletionPropagation
    ) throws(KubectlFailure) -> Pruning? {
        let flags = context.flags
        let grace = flags.string("grace-period").flatMap { Int($0) } ?? -1
        let allowlist = flags.bool("prune") ? try pruneAllowlist(flags.strings("prune-allowlist"), context: context) : []
        let selector = flags.string("selector") ?? ""
        let all = flags.bool("all")
        let serverSide = flags.bool("server-side")
        let force = flags.bool("force")
        // ApplyOptions.Validate, in its order.
        try validateServerSide(context, dryRun: dryRun)
        if dryRun == .server && force { throw .error("--dry-run=server cannot be used with --force") }
        if all && !selector.isEmpty { throw .error("cannot set --all and --selector at the same time") }
        guard flags.bool("prune") else { return nil }
        if force { throw .error("--force cannot be used with --prune") }
        if !all && selector.isEmpty {
            throw .error(
                "all resources selected for prune without explicitly passing --all. To prune all resources, pass the "
                    + "--all flag. If you did not mean to prune all resources, specify a label selector")
        }
        if serverSide { throw .error("--prune is in alpha and doesn't currently work on objects created by server-side apply") }
        var pruning = Pruning(
            allowlist: allowlist, selector: selector, cascade: cascade, gracePeriod: grace >= 0 ? grace : nil)
        if context.explicitNamespace { pruning.namespaces.insert(context.namespace) }
        return pruning
    }

    /// `--prune-allowlist=GROUP/VERSION/KIND` (`core` names the core group), each a served kind.
    /// As discovery's mapper: the kind as served or in lower case, any version when none is given.
    static func pruneAllowlist(_ entries: [String], context: VerbContext) throws(KubectlFailure) -> [ResourceType] {
        let cluster = try context.cluster
        let served = ResourceType.served + cluster.customResourceTypes
        var types: [ResourceType] = []
        for entry in entries {
            let parts = entry.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 3 else {
                throw .error("invalid GroupVersionKind format: \(entry), please follow <group/version/kind>")
            }
            let (group, version, kind) = (parts[0] == "core" ? "" : parts[0], parts[1], parts[2])
            let match = served.first { type in
                type.group == group && (version.isEmpty || type.version == version)
                    && (type.kind == kind || type.kind.lowercased() == kind)
            }
            guard let match else {
                let apiVersion = group.isEmpty ? version : "\(group)/\(version)"
                throw .error("no matches for kind \(GoSyntax.quoted(kind)) in version \(GoSyntax.quoted(apiVersion))")
            }
            types.append(match)
        }
        return types
    }

    /// The manifests `-l` selects (all without it), as the resource builder filters files.
    static func selected(
        _ objects: [(KubeObject, String)], context: VerbContext
    ) throws(KubectlFailure) -> [(KubeObject, String)] {
        guard let text = context.flags.string("selector") else { return objects }
        let selector: LabelSelector
        do {
            selector = try LabelSelector(parsing: text)
        } catch {
            throw .error("the provided selector \(GoSyntax.quoted(text)) is not valid: \(error.message)")
        }
        return objects.filter { selector.matches($0.0) }
    }
}
