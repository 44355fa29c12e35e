import Cluster
import KubeAPI

/// `kubectl apply -f FILE|-` and `kubectl create -f FILE|-`: write the objects of manifests.
enum Apply {
    static let verb = Verb(
        name: "apply", flags: flags + [editorLineEndings], help: KubectlHelp.apply, usagePath: usagePath, ownFlags: subcommandFlags
    ) { context throws(KubectlFailure) in
        var context = context
        // The editor's line endings belong to edit-last-applied alone.
        if context.flags.positionals.first != "edit-last-applied", context.flags.isSet(editorLineEndings.long) {
            throw .usage("unknown flag: --\(editorLineEndings.long)", verb: usagePath(context.flags.positionals) ?? "apply")
        }
        switch context.flags.positionals.first {
        case "view-last-applied":
            _ = context.takeSubcommand(help: "")
            return try ApplyViewLastApplied.run(context)
        case "set-last-applied":
            _ = context.takeSubcommand(help: "")
            return try ApplySetLastApplied.run(context)
        case "edit-last-applied":
            _ = context.takeSubcommand(help: "")
            return try ApplyEditLastApplied.run(context)
        default:
            return try run(context, creating: false)
        }
    }

    /// The flags of the subcommand the first word names; apply's own without one.
    @Sendable static func subcommandFlags(_ words: [String]) -> [FlagSpec]? {
        switch words.first {
        case "view-last-applied": ApplyViewLastApplied.flags
        case "set-last-applied": ApplySetLastApplied.flags
        case "edit-last-applied": flags + [editorLineEndings]
        default: flags
        }
    }

    /// The subcommand a flag error names.
    @Sendable static func usagePath(_ words: [String]) -> String? {
        guard let sub = words.first, ["view-last-applied", "set-last-applied", "edit-last-applied"].contains(sub) else {
            return nil
        }
        return "apply " + sub
    }

    /// `edit-last-applied --windows-line-endings`.
    static let editorLineEndings = FlagSpec("windows-line-endings", nil, .bool)

    static let flags: [FlagSpec] = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("kustomize", "k"), FlagSpec.dryRun, FlagSpec("output", "o"),
        FlagSpec.validate, FlagSpec("recursive", "R", .bool), FlagSpec("server-side", nil, .bool),
        FlagSpec("force", nil, .bool), FlagSpec("prune", nil, .bool), FlagSpec("selector", "l"),
        FlagSpec("all", nil, .bool), FlagSpec("field-manager"), FlagSpec("force-conflicts", nil, .bool),
        FlagSpec("create-annotation", nil, .bool), FlagSpec("overwrite", nil, .bool), FlagSpec("openapi-patch", nil, .bool),
        // --prune's wait for what it deletes; pruning here finishes at once.
        FlagSpec("wait", nil, .bool), FlagSpec("timeout", nil, .duration), FlagSpec("subresource"),
        FlagSpec("prune-allowlist", nil, .stringArray), FlagSpec.cascade, FlagSpec("grace-period", nil, .int),
        ChangeCause.flag,
    ] + OutputFormat.templateFlags

    static func run(_ context: VerbContext, creating: Bool) throws(KubectlFailure) -> Int32 {
        let verbName = creating ? "create" : "apply"
        let files = context.flags.strings("filename")
        // Words that name no subcommand are arguments neither takes; then the dry run is read,
        // and only then are the manifests required.
        if !context.flags.positionals.isEmpty {
            throw .validation("Unexpected args: [\(context.flags.positionals.joined(separator: " "))]", verb: verbName)
        }
        let dryRun = try context.dryRun()
        guard ManifestFiles.given(context) else { throw .error("must specify one of -f and -k") }
        // apply's delete options (for --prune) are read before the validation directive.
        let cascade = creating ? nil : try Delete.cascade(context.flags.string("cascade") ?? "background", io: context.io)
        let validation = try fieldValidation(context.flags.string("validate"))
        var pruning = creating ? nil : try pruneOptions(context, dryRun: dryRun, cascade: cascade ?? .background)
        if !creating, !(context.flags.string("subresource") ?? "").isEmpty, !context.flags.bool("server-side") {
            throw .error("--subresource can only be specified for --server-side")
        }
        let output = context.flags.string("output")
        try ObjectOutput.checkFormat(output, context: context)
        if creating, let raw = context.flags.string("raw"), !raw.isEmpty { return try createRaw(raw, context) }
        var (objects, listFailures) = try ManifestFiles.gathering(files, context, validating: validation != .ignore)
        if !creating { objects = try selected(objects, context: context) }
        guard !objects.isEmpty || !listFailures.isEmpty else { throw .error("no objects passed to \(verbName)") }
        // create prints each object through one printer; apply, asked for objects, prints them
        // all at the end, once nothing failed: one alone, several as a List.
        let printer = CommandPrinter()
        let collecting = !creating && !(output ?? "").isEmpty && output != "name"
        var applied: [(ResourceType, KubeObject)] = []
        var failures: [String] = []
        for (object, source) in objects {
            do {
                var (type, written, operation) = try write(
                    object, source: source, creating: creating, dryRun: dryRun, validation: validation, context: context)
                pruning?.visit(type, written)
                if context.flags.bool("show-managed-fields") { written = try context.cluster.withManagedFields(written) }
                if collecting {
                    applied.append((type, written))
                } else {
                    _ = try ObjectOutput.print(
                        written, type: type, operation: operation, output: output, dryRun: dryRun, context: context,
                        fetched: true, printer: printer)
                }
            } catch {
                failures.append(error.message)
            }
        }
        // The builder's aggregate of list items it could not map: alone, printed as checkErr
        // prints it; beside other failures, as one line, before them for apply (which reads every
        // object first) and after them for create (which writes each as it reads it).
        if creating || failures.isEmpty {
            failures = listFailures.following(failures)
        } else if !listFailures.isEmpty {
            failures.insert(listFailures.errorText, at: 0)
        }
        for failure in failures {
            context.requestLog?.reportingFailure(failure)
            context.io.err(failure + "\n")
        }
        // apply's post-processor prints what -o collected, then prunes; it runs only after a clean pass.
        if failures.isEmpty, !creating { context.logInfo(4, "apply.go:548", "Running apply post-processor function") }
        if failures.isEmpty, collecting { try ObjectList.print(applied, output: output, context: context) }
        if failures.isEmpty, let pruning { try pruning.run(output: output, dryRun: dryRun, context: context) }
        return failures.isEmpty ? 0 : 1
    }

    /// `create --raw`: a POST of the one file.
    private static func createRaw(_ raw: String, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        if context.flags.bool("edit") { throw .error("--raw and --edit are mutually exclusive") }
        try RawWrite.check(raw, context: context, exactlyOneFile: true, refusingSelector: true)
        return try RawWrite.send("POST", raw: raw, context: context)
    }

    /// `--validate`: strict (or true, the default), warn, ignore (or false); true and false as
    /// Go's `strconv.ParseBool` reads them, the names only in lower case.
    static func fieldValidation(_ value: String?) throws(KubectlFailure) -> FieldValidation {
        if let value, let bool = FlagParser.parseBool(value) { return bool ? .strict : .ignore }
        switch value {
        case nil, "strict": return .strict
        case "warn": return .warn
        case "ignore": return .ignore
        default:
            throw .error(
                "invalid - validate option \(GoSyntax.quoted(value ?? "")); must be one of: strict (or true), warn, ignore (or false)")
        }
    }

    /// Creates or updates one object; returns it as written and what happened to it.
    private static func write(
        _ manifest: KubeObject, source: String, creating: Bool, dryRun: DryRun, validation: FieldValidation,
        context: VerbContext
    ) throws(KubectlFailure) -> (ResourceType, KubeObject, String) {
        let cluster = try context.cluster
        var (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
        // apply records the command line in the manifest it keeps; create after keeping it.
        let changeCause = ChangeCause(context)
        if !creating { changeCause.record(&object) }
        if !creating, context.flags.bool("server-side") {
            return try applyServerSide(object, type: type, dryRun: dryRun, validation: validation, context: context)
        }
        let manager = FieldManager(creating ? context.flags.string("field-manager") ?? "kubectl-create" : fieldManager(context, serverSide: false))
        // apply always records the manifest; create does with --save-config.
        if !creating || context.flags.bool("save-config") {
            object = withLastApplied(object)
        }
        if creating { changeCause.record(&object) }
        if !creating { try authorizeRetrieval(of: object, type: type, source: source, context: context) }
        if dryRun != .client, validation != .ignore { context.logSchemaDownload(for: type) }
        let live =
            creating
            ? try? cluster.get(type, namespace: object.namespace, name: object.name)
            : try? context.send(.get(type, namespace: object.namespace, name: object.name)) { () throws(APIError) in
                try cluster.get(type, namespace: object.namespace, name: object.name)
            }
        guard let live, !creating else {
            guard dryRun != .client else { return (type, object, "created") }
            var post = ServerRequest.write("POST", ServerRequest.collectionPath(type, namespace: object.namespace), manager: manager.name)
            post.query["fieldValidation"] = validation.directive
            if dryRun == .server { post.query["dryRun"] = "All" }
            post.target = ServerRequest.Target(type: type, name: object.name)
            if context.logsRequestBodies { post.body = GoJSON.marshal(object.value.sortedKeys) + "\n" }
            do {
                return try context.send(post) { () throws(APIError) in
                    // The POST is authorized before the apiserver decodes its body.
                    try cluster.authorize(AccessRequest(verb: "create", type, namespace: object.namespace), as: context.user)
                    let decoded = try cluster.decodeFields(of: object, as: type, validation: validation)
                    decoded.warnings.forEach(context.printServerWarning)
                    let warnings = cluster.writeWarnings(for: decoded.object, as: type)
                    let created = try cluster.create(
                        decoded.object, dryRun: dryRun == .server, as: context.user, manager: manager)
                    warnings.forEach(context.printServerWarning)
                    return (type, created, "created")
                }
            } catch {
                // kubectl names the manifest a refused create came from (`AddSourceToErr`).
                var refusal = error
                refusal.message = "error when creating \(GoSyntax.quoted(source)): " + refusal.message
                throw .server(refusal)
            }
        }
        guard dryRun != .client else { return (type, object, "configured") }
        if live.annotations[lastApplied] == nil {
            context.io.err(missingAnnotationWarning("\(type.plural)/\(object.name)"))
        }
        return try patch(
            live, with: object, type: type, source: source, dryRun: dryRun, validation: validation, context: context)
    }

    /// The flag combinations apply refuses before reading any manifest.
    static func validateServerSide(_ context: VerbContext, dryRun: DryRun) throws(KubectlFailure) {
        let serverSide = context.flags.bool("server-side")
        if context.flags.bool("force-conflicts") && !serverSide { throw .error("--force-conflicts only works with --server-side") }
        if dryRun == .client && serverSide {
            throw .error("--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)")
        }
        if serverSide && context.flags.bool("force") { throw .error("--force cannot be used with --server-side") }
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
