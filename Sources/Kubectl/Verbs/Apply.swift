import Cluster
import KubeAPI

/// `kubectl apply -f FILE|-` and `kubectl create -f FILE|-`: write the objects of manifests.
enum Apply {
    static let verb = Verb(name: "apply", flags: flags, help: KubectlHelp.apply) { context throws(KubectlFailure) in
        try run(context, creating: false)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("dry-run"), FlagSpec("output", "o"),
        FlagSpec("validate"), FlagSpec("recursive", "R", .bool), FlagSpec("server-side", nil, .bool),
        FlagSpec("force", nil, .bool), FlagSpec("prune", nil, .bool), FlagSpec("selector", "l"),
    ]

    static func run(_ context: VerbContext, creating: Bool) throws(KubectlFailure) -> Int32 {
        let verbName = creating ? "create" : "apply"
        let files = context.flags.strings("filename")
        guard !files.isEmpty else {
            if creating, let kind = context.flags.positionals.first {
                throw .error("\"kubectl create \(kind)\" is not part of this lab yet; write a manifest and use kubectl create -f")
            }
            throw .validation("must specify one of -f and -k", verb: verbName)
        }
        let dryRun = try DryRun.parse(context.flags.string("dry-run"))
        let objects = try ManifestFiles.read(files, context)
        guard !objects.isEmpty else { throw .error("no objects passed to \(verbName)") }
        var failures: [String] = []
        for (object, source) in objects {
            do {
                let line = try write(object, source: source, creating: creating, dryRun: dryRun, context: context)
                context.io.out(line + "\n")
            } catch {
                failures.append(error.message)
            }
        }
        for failure in failures { context.io.err(failure + "\n") }
        return failures.isEmpty ? 0 : 1
    }

    /// Creates or updates one object; returns kubectl's line about it.
    private static func write(
        _ manifest: KubeObject, source: String, creating: Bool, dryRun: DryRun, context: VerbContext
    ) throws(KubectlFailure) -> String {
        let cluster = try context.cluster
        let resolved = try ManifestFiles.resolve(manifest, source: source, context)
        let type = resolved.0
        var object = resolved.1
        let suffix = dryRun.suffix
        let prefix = "\(type.qualifiedKind)/\(object.name)"
        // apply always records the manifest; create does with --save-config.
        if !creating || context.flags.bool("save-config") {
            object = withLastApplied(object)
        }
        let exists = (try? cluster.get(type, namespace: object.namespace, name: object.name)) != nil
        if !exists || creating {
            if dryRun != .client {
                do {
                    try cluster.create(object, dryRun: dryRun == .server)
                } catch {
                    // kubectl names the manifest a refused create came from (`AddSourceToErr`).
                    var refusal = error
                    refusal.message = "error when creating \"\(source)\": " + refusal.message
                    throw .server(refusal)
                }
            }
            return "\(prefix) created\(suffix)"
        }
        do {
            let before = try cluster.get(type, namespace: object.namespace, name: object.name)
            if dryRun != .client && before.annotations[lastApplied] == nil {
                context.io.err(missingAnnotationWarning("\(type.plural)/\(object.name)"))
            }
            // A client dry run computes no patch, so it cannot tell unchanged from configured.
            guard dryRun != .client else { return "\(prefix) configured\(suffix)" }
            let after = try cluster.replace(object, dryRun: dryRun == .server)
            return "\(prefix) \(after == before ? "unchanged" : "configured")\(suffix)"
        } catch {
            throw .server(error)
        }
    }

    static let lastApplied = "kubectl.kubernetes.io/last-applied-configuration"

    /// What apply says, before patching, of a live object that has no last-applied annotation.
    static func missingAnnotationWarning(_ resource: String) -> String {
        "Warning: resource \(resource) is missing the \(lastApplied) annotation which is required by kubectl apply. "
            + "kubectl apply should only be used on resources created declaratively by either kubectl create "
            + "--save-config or kubectl apply. The missing annotation will be patched automatically.\n"
    }

    /// The manifest recorded in `kubectl.kubernetes.io/last-applied-configuration`.
    static func withLastApplied(_ object: KubeObject) -> KubeObject {
        var recorded = object
        var annotations = object.annotations
        annotations["kubectl.kubernetes.io/last-applied-configuration"] = nil
        recorded[path: "metadata.annotations"] = .stringMap(annotations)
        var result = object
        annotations["kubectl.kubernetes.io/last-applied-configuration"] = JSONPrinter.compact(recorded.value.sortedKeys) + "\n"
        result[path: "metadata.annotations"] = .stringMap(annotations)
        return result
    }
}
