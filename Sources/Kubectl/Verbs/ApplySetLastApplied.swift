import Cluster
import KubeAPI

/// `kubectl apply set-last-applied -f FILE`: makes each live object's last-applied annotation
/// the file's manifest, without changing anything else, so a later `apply` diffs against it.
/// An object without the annotation is refused unless `--create-annotation`.
enum ApplySetLastApplied {
    /// Its own flags: unlike `apply`'s, no `-k` and no `-R`.
    static let flags: [FlagSpec] = [
        FlagSpec("filename", "f", .stringArray), FlagSpec("create-annotation", nil, .bool), FlagSpec.dryRun,
        FlagSpec("output", "o"),
    ] + OutputFormat.templateFlags

    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        try context.flags.refuseOthers(than: flags, command: "apply set-last-applied")
        let dryRun = try context.dryRun()
        let files = context.flags.strings("filename")
        guard !files.isEmpty else { throw KubectlFailure(Delete.noResourceMessage) }
        try ObjectOutput.checkFormat(context.flags.string("output"), context: context)
        // Every object is checked first; only then are the changed ones patched.
        var changes: [(ResourceType, KubeObject, String)] = []
        for (manifest, source) in try ManifestFiles.read(files, context) {
            let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            let live = try ManifestTargets.live(object, type: type, context)
            // The manifest as JSON, the way `GetApplyPatch` writes it (no closing newline).
            let configuration = GoJSON.marshal(object.value.sortedKeys)
            let current = live.annotations[Apply.lastApplied]
            if current == nil, !context.flags.bool("create-annotation") {
                throw .error(
                    "no last-applied-configuration annotation found on resource: \(object.name), to create the annotation, run the command with --create-annotation")
            }
            if current == configuration {
                context.io.out("set-last-applied \(object.name): no changes required.\n")
            } else {
                changes.append((type, live, configuration))
            }
        }
        for (type, live, configuration) in changes {
            var written = live
            if dryRun != .client {
                var updated = live
                updated[path: "metadata.annotations"] = .stringMap(live.annotations.merging([Apply.lastApplied: configuration]) { $1 })
                written = try Annotate.write(updated, type: type, dryRun: dryRun, context: context, manager: "kubectl")
            }
            _ = try ObjectOutput.print(
                written, type: type, operation: "configured", output: context.flags.string("output"), dryRun: dryRun,
                context: context, fetched: true)
        }
        return 0
    }
}

/// `kubectl apply edit-last-applied`: like `edit`, it opens an editor, which the lab has none of.
enum ApplyEditLastApplied {
    static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let resources = context.flags.positionals
        if resources.isEmpty && !ManifestFiles.given(context) { throw KubectlFailure(Delete.noResourceMessage) }
        var first: (ResourceType, KubeObject)?
        try ResourceRequest.forEachTarget(resources, context) { type, object in
            if first == nil { first = (type, object) }
        }
        guard let (type, object) = first else { return 0 }
        let target = "\(type.singular) \(object.name)"
        let namespace = context.explicitNamespace ? " -n \(context.namespace)" : ""
        let file = "\(object.name).yaml"
        context.io.err(
            """
            error: kubectl apply edit-last-applied opens the last-applied configuration in a text editor, and this lab has none.
            Record a changed configuration from a manifest instead:
              kubectl apply view-last-applied \(target)\(namespace) > \(file)
              cat > \(file) <<'EOF'     (then type the changed manifest, and EOF on a line of its own)
              kubectl apply set-last-applied -f \(file)

            """)
        return 1
    }
}
