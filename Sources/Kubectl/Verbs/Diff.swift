import Cluster
import KubeAPI

/// `kubectl diff -f FILE|-`: each object as it is live and as a server dry run of `apply` would
/// leave it, written as YAML into `/tmp/LIVE-N` and `/tmp/MERGED-N`, then compared with
/// `diff -u -N` (`pkg/cmd/diff`). Exit status 1 means differences, 0 none, 2 an error. The
/// directories exist only for the comparison, as kubectl removes them when it ends.
enum Diff {
    static let verb = Verb(
        name: "diff", flags: flags, help: KubectlHelp.diff,
        flagFailure: { message in KubectlFailure(validationMessage(message), exitCode: 2) }
    ) { context throws(KubectlFailure) in
        do throws(KubectlFailure) {
            return try run(context)
        } catch {
            throw KubectlFailure(error.message, exitCode: 2)
        }
    }

    static let flags: [FlagSpec] = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("kustomize", "k"), FlagSpec("recursive", "R", .bool), FlagSpec("selector", "l"),
        FlagSpec("server-side", nil, .bool), FlagSpec("force-conflicts", nil, .bool), FlagSpec("field-manager"),
        FlagSpec("prune", nil, .bool), FlagSpec("prune-allowlist", nil, .stringArray),
        OutputFormat.showManagedFields, FlagSpec("concurrency", nil, .int),
    ]

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        guard ManifestFiles.given(context) else { throw .error("must specify one of -f and -k") }
        if !flags.positionals.isEmpty {
            throw KubectlFailure(validationMessage("Unexpected args: [\(flags.positionals.joined(separator: " "))]"))
        }
        if flags.bool("force-conflicts") && !flags.bool("server-side") {
            throw .error("--force-conflicts only works with --server-side")
        }
        let (manifests, listFailures) = try ManifestFiles.gathering(flags.strings("filename"), context, lookups: .firstOfEachFile)
        // diff's visitor stops at the first list with items it cannot map, before any diff runs.
        if let first = listFailures.groups.first {
            throw first.count == 1 ? .error(first[0]) : KubectlFailure(first.joined(separator: "\n"))
        }
        let selector = try SelectorQuery(flags)
        var live: [String: String] = [:]
        var merged: [String: String] = [:]
        for (manifest, source) in manifests {
            let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            if !selector.label.matches(object.labels) { continue }
            let (before, after) = try versions(of: object, type: type, source: source, context: context)
            let shown = type == .secrets ? SecretMasker.mask(live: before, merged: after) : (before, after)
            let name = fileName(type, object)
            live[name] = shown.0.map { yaml($0, showManagedFields: flags.bool("show-managed-fields")) } ?? ""
            merged[name] = shown.1.map { yaml($0, showManagedFields: flags.bool("show-managed-fields")) } ?? ""
        }
        // kubectl makes both directories first, then writes every file.
        let livePath = context.temporaryNames.directory(prefix: "LIVE-")
        let mergedPath = context.temporaryNames.directory(prefix: "MERGED-")
        let now = context.lab.now
        let written = Timestamp(seconds: now.seconds)
        let result = UnifiedDiff.directories(
            command: "diff -u -N", old: (livePath, live.mapValues { ($0, written) }),
            new: (mergedPath, merged.mapValues { ($0, written) }), missingTime: Timestamp(seconds: 0))
        context.io.out(result.output)
        return result.differ ? 1 : 0
    }

    /// The live object (nil when there is none) and what a server dry run of `apply` returns:
    /// a create when there is no live object, else apply's three-way patch against it, with the
    /// manifest compared as it is (its last-applied annotation is left as the live one has it).
    private static func versions(
        of object: KubeObject, type: ResourceType, source: String, context: VerbContext
    ) throws(KubectlFailure) -> (KubeObject?, KubeObject?) {
        let cluster = try context.cluster
        let live: KubeObject?
        try Apply.authorizeRetrieval(of: object, type: type, source: source, context: context)
        do {
            live = try cluster.get(type, namespace: object.namespace, name: object.name)
        } catch {
            guard error.reason == "NotFound" else { throw .server(error) }
            live = nil
        }
        // kubectl's modified configuration: the manifest without the annotation, which leaves
        // an empty annotations map behind, as apply's own has.
        var modified = object
        var annotations = modified.annotations
        annotations[Apply.lastApplied] = nil
        modified[path: "metadata.annotations"] = .stringMap(annotations)
        guard let live else {
            try context.authorize(AccessRequest(verb: "create", type, namespace: object.namespace))
            do {
                let decoded = try cluster.decodeFields(of: object, as: type, validation: .strict)
                decoded.warnings.forEach(context.printServerWarning)
                return (nil, try cluster.create(decoded.object, dryRun: true))
            } catch {
                throw .server(error)
            }
        }
        let (_, result, _) = try Apply.patch(
            live, with: modified, type: type, source: source, dryRun: .server, validation: .strict, context: context)
        return (live, result)
    }

    /// `group.version.Kind.namespace.name`, the group and its dot left out for the core group.
    static func fileName(_ type: ResourceType, _ object: KubeObject) -> String {
        let group = type.group.isEmpty ? "" : type.group + "."
        let namespace = type.namespaced ? object.namespace ?? "" : ""
        return "\(group)\(type.version).\(type.kind).\(namespace).\(object.name)"
    }

    /// The object as `sigs.k8s.io/yaml` writes it, managedFields left out unless asked for.
    private static func yaml(_ object: KubeObject, showManagedFields: Bool) -> String {
        var value = object.value
        if !showManagedFields, !value["metadata"]["managedFields"].isNull { value[path: "metadata.managedFields"] = .null }
        return YAMLPrinter.print(value.sortedKeys)
    }

    /// A usage error as `kubectl diff` words it (its flag errors point to `-h` too).
    static func validationMessage(_ message: String) -> String {
        "error: \(message)\nSee 'kubectl diff -h' for help and examples"
    }
}
