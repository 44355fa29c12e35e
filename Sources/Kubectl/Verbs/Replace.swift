import Cluster
import KubeAPI

/// `kubectl replace -f FILE|-`: puts each manifest in place of the live object (a PUT carrying
/// the live resourceVersion unless the manifest has its own); `--force` deletes the objects,
/// waits until they are gone and creates them again (`pkg/cmd/replace`).
enum Replace {
    static let verb = Verb(name: "replace", flags: flags, help: KubectlHelp.replace) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("kustomize", "k"), FlagSpec("recursive", "R", .bool), FlagSpec.dryRun,
        FlagSpec("output", "o"), FlagSpec("force", nil, .bool), FlagSpec("grace-period", nil, .int), FlagSpec("timeout", nil, .duration),
        FlagSpec.cascade, FlagSpec("wait", nil, .bool), FlagSpec.validate, FlagSpec("save-config", nil, .bool),
        FlagSpec("field-manager"), FlagSpec("raw"), FlagSpec("subresource"),
    ] + OutputFormat.templateFlags

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        let dryRun = try context.dryRun()
        let files = flags.strings("filename")
        guard ManifestFiles.given(context) else { throw .error("must specify one of -f and -k") }
        let force = flags.bool("force")
        if flags.isSet("grace-period") && !force { throw .error("--grace-period must have --force specified") }
        if flags.isSet("timeout") && !force { throw .error("--timeout must have --force specified") }
        if force && dryRun != .none { throw .error("--dry-run can not be used when --force is set") }
        let validation = try Apply.fieldValidation(flags.string("validate"))
        let output = flags.string("output")
        try ObjectOutput.checkFormat(output, context: context)
        if let raw = flags.string("raw"), !raw.isEmpty {
            try RawWrite.check(raw, context: context, exactlyOneFile: true)
            return try RawWrite.send("PUT", raw: raw, context: context)
        }
        // --force first deletes what the files name, read without validation.
        let (manifests, listFailures) = try ManifestFiles.gathering(files, context, validating: validation != .ignore && !force)
        var objects: [(ResourceType, KubeObject, String)] = []
        for (manifest, source) in manifests {
            var (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            if flags.bool("save-config") { object = Apply.withLastApplied(object) }
            objects.append((type, object, source))
        }
        if force { return try forceReplace(objects, validation: validation, context: context) }
        var failures: [String] = []
        let printer = CommandPrinter()
        for (type, object, source) in objects {
            do {
                let written = dryRun == .client
                    ? object : try replace(object, type: type, source: source, dryRun: dryRun, validation: validation, context: context)
                try printReplaced(written, type: type, dryRun: dryRun, printer: printer, context: context)
            } catch {
                failures.append(error.message)
            }
        }
        failures = listFailures.following(failures)
        for failure in failures { context.io.err(failure + "\n") }
        return failures.isEmpty ? 0 : 1
    }

    /// One PUT: without a resourceVersion in the manifest, kubectl first reads the live one.
    private static func replace(
        _ object: KubeObject, type: ResourceType, source: String, dryRun: DryRun, validation: FieldValidation,
        context: VerbContext
    ) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        do throws(APIError) {
            var request = object
            let user = context.user
            if (object.metadata["resourceVersion"].string ?? "").isEmpty {
                // Without a resource version the client GETs the live one first.
                try cluster.authorize(AccessRequest(verb: "get", type, namespace: object.namespace, name: object.name), as: user)
                let live = try cluster.get(type, namespace: object.namespace, name: object.name)
                request[path: "metadata.resourceVersion"] = live.metadata["resourceVersion"]
            }
            // The PUT is authorized before the apiserver decodes its body.
            let subresource = context.flags.string("subresource") ?? ""
            try cluster.authorize(
                AccessRequest(verb: "update", type, subresource: subresource, namespace: object.namespace, name: object.name), as: user)
            let decoded = try cluster.decodeFields(of: request, as: type, validation: validation)
            decoded.warnings.forEach(context.printServerWarning)
            if !subresource.isEmpty {
                return try replaceSubresource(subresource, decoded.object, type: type, dryRun: dryRun, cluster: cluster)
            }
            return try cluster.replace(
                decoded.object, dryRun: dryRun == .server,
                manager: FieldManager(context.flags.string("field-manager") ?? "kubectl-replace"))
        } catch {
            var refusal = error
            refusal.message = "error when replacing \(GoSyntax.quoted(source)): " + refusal.message
            throw .server(refusal)
        }
    }

    /// `--force`: every object deleted (`kind "name" deleted`), then, once all are gone, created
    /// again (`kind/name replaced`). The first failure ends the command.
    private static func forceReplace(
        _ objects: [(ResourceType, KubeObject, String)], validation: FieldValidation, context: VerbContext
    ) throws(KubectlFailure) -> Int32 {
        let cluster = try context.cluster
        let gracePeriod = context.flags.string("grace-period").flatMap { Int($0) }.map { $0 == 0 ? 1 : $0 }
        let cascade = try Delete.cascade(context.flags.string("cascade") ?? "background", io: context.io)
        var gone: [(ResourceType, KubeObject)] = []
        var failures: [String] = []
        for (type, object, source) in objects {
            do {
                let deleted = try cluster.delete(
                    type, namespace: object.namespace, name: object.name, gracePeriodSeconds: gracePeriod,
                    propagationPolicy: cascade)
                gone.append((type, deleted))
                context.io.out("\(type.qualifiedKind) \"\(object.name)\" deleted\n")
            } catch {
                if error.reason == "NotFound" { continue }
                var refusal = error
                refusal.message = "error when deleting \(GoSyntax.quoted(source)): " + refusal.message
                failures.append(refusal.kubectlMessage)
            }
        }
        guard failures.isEmpty else { throw KubectlFailure(failures.joined(separator: "\n")) }
        let milliseconds = context.flags.string("timeout").flatMap { try? GoDurationFlag.milliseconds($0).get() } ?? 0
        let timeout: Int64 = milliseconds > 0 ? milliseconds / 1000 : 300
        let allGone = cluster.wait(timeoutSeconds: timeout) {
            gone.allSatisfy { !cluster.exists($0.0, namespace: $0.1.namespace, name: $0.1.name, uid: $0.1.uid) }
        }
        guard allGone else { throw .error(timedOut) }
        let printer = CommandPrinter()
        for (type, object, _) in objects {
            let created: KubeObject
            do throws(APIError) {
                try cluster.authorize(AccessRequest(verb: "create", type, namespace: object.namespace), as: context.user)
                let decoded = try cluster.decodeFields(of: object, as: type, validation: validation)
                decoded.warnings.forEach(context.printServerWarning)
                created = try cluster.create(decoded.object, as: context.user)
            } catch {
                throw .server(error)
            }
            try printReplaced(created, type: type, dryRun: .none, printer: printer, context: context)
        }
        return 0
    }

    /// Prints one written object through the command's one printer.
    private static func printReplaced(
        _ object: KubeObject, type: ResourceType, dryRun: DryRun, printer: CommandPrinter, context: VerbContext
    ) throws(KubectlFailure) {
        _ = try ObjectOutput.print(
            object, type: type, operation: "replaced", output: context.flags.string("output"), dryRun: dryRun,
            context: context, printer: printer)
    }

    /// What `wait.PollImmediate` returns when the objects outlive `--timeout`.
    static let timedOut = "timed out waiting for the condition"
}
