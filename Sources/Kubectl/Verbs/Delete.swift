import Cluster
import KubeAPI

/// `kubectl delete TYPE NAME...`: deletes objects, then waits until they are gone.
enum Delete {
    static let verb = Verb(name: "delete", flags: flags, help: KubectlHelp.delete) { context throws(KubectlFailure) in
        if let raw = context.flags.string("raw"), !raw.isEmpty { return try runRaw(raw, context) }
        let options = try Options(context)
        return try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("all", nil, .bool), FlagSpec("selector", "l"), FlagSpec("grace-period", nil, .int),
        FlagSpec("force", nil, .bool), FlagSpec("now", nil, .bool), FlagSpec("wait", nil, .bool),
        FlagSpec.dryRun, FlagSpec("ignore-not-found", nil, .bool), FlagSpec("filename", "f", .stringArray),
        FlagSpec("kustomize", "k"),
        FlagSpec.cascade, FlagSpec("output", "o"), FlagSpec("all-namespaces", "A", .bool),
        FlagSpec("timeout", nil, .duration), FlagSpec("recursive", "R", .bool), FlagSpec("field-selector"),
        FlagSpec("interactive", "i", .bool), FlagSpec("raw"),
    ]

    struct Options {
        /// One object to delete: from a name, a selector's list or a manifest (`source` is its file).
        struct Target {
            var type: ResourceType
            var namespace: String?
            var name: String
            var source: String?
        }

        var request: ResourceRequest
        var manifests: [String]
        /// Whether `-f` or `-k` names the objects.
        var fromManifests: Bool
        var selector: SelectorQuery
        var all: Bool
        var gracePeriod: Int?
        var force: Bool
        var wait: Bool
        var dryRun: DryRun
        var ignoreNotFound: Bool
        var cascade: DeletionPropagation
        var namesOnly: Bool
        /// `-i`: list what would go and ask before deleting it.
        var interactive: Bool
        /// How long to wait for the objects to go (`--timeout`); nil (0, the default, or negative)
        /// waits without end, which the lab bounds as an `UnboundedWait`.
        var timeoutSeconds: Int64?

        /// The checks in kubectl's order: cascade and grace flags, the dry run, then the resource builder's,
        /// then the output mode and `--force`.
        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            cascade = try Delete.cascade(flags.string("cascade") ?? "background", io: context.io)
            force = flags.bool("force")
            gracePeriod = flags.string("grace-period").flatMap { Int($0) }
            if gracePeriod.map({ $0 < 0 }) == true { gracePeriod = nil }
            if flags.bool("now") {
                guard gracePeriod == nil else { throw .error("--now and --grace-period cannot be specified together") }
                gracePeriod = 1
            }
            if gracePeriod == 0 && !force { gracePeriod = 1 }
            if force && gracePeriod == nil { gracePeriod = 0 }
            dryRun = try context.dryRun()
            manifests = flags.strings("filename")
            fromManifests = !manifests.isEmpty || flags.isSet("kustomize")
            selector = try SelectorQuery(flags)
            all = flags.bool("all")
            if all && !selector.isEmpty { throw .error("setting 'all' parameter but found a non empty selector. ") }
            if fromManifests && !flags.positionals.isEmpty {
                throw .error(ManifestTargets.argumentsWithPaths)
            }
            request = try ResourceRequest.parse(flags.positionals)
            let named = request.groups.contains { !$0.names.isEmpty }
            if !fromManifests {
                if all || !selector.isEmpty {
                    try request.checkSelecting()
                } else if request.groups.isEmpty {
                    throw KubectlFailure(Delete.noResourceMessage)
                } else if !named {
                    throw .error("resource(s) were provided, but no name was specified")
                }
            }
            let output = flags.string("output") ?? ""
            guard output.isEmpty || output == "name" else {
                throw .error("unexpected -o output mode: \(output). We only support '-o name'")
            }
            namesOnly = output == "name"
            interactive = flags.bool("interactive")
            if force, let gracePeriod, gracePeriod > 0 {
                throw .error("--force and --grace-period greater than 0 cannot be specified together")
            }
            wait = flags.string("wait").map { $0 == "true" } ?? true
            timeoutSeconds = try Delete.timeoutSeconds(flags.string("timeout"))
            // Without a say, a selector or --all ignores objects gone meanwhile.
            ignoreNotFound = flags.string("ignore-not-found").map { $0 == "true" } ?? (all || !selector.isEmpty)
        }

        /// What the names, selectors or manifests pick; failures are kubectl's messages.
        /// With manifests, also the list items that could not be mapped, reported last.
        func targets(_ context: VerbContext) throws(KubectlFailure) -> (targets: [Target], failures: [String], listFailures: ListItemFailures) {
            var targets: [Target] = []
            var failures: [String] = []
            if fromManifests {
                let (manifests, listFailures) = try ManifestFiles.gathering(manifests, context)
                for (manifest, source) in manifests {
                    let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
                    targets.append(Target(type: type, namespace: object.namespace, name: object.name, source: source))
                }
                return (targets, failures, listFailures)
            }
            let cluster = try context.cluster
            for group in request.groups {
                guard group.names.isEmpty else {
                    let namespace = group.type.namespaced ? context.namespace : nil
                    targets += group.names.map { Target(type: group.type, namespace: namespace, name: $0) }
                    continue
                }
                do {
                    let matched = try context.send(selector.request(group.type, namespace: context.namespace)) { () throws(APIError) in
                        try cluster.authorize(AccessRequest(verb: "list", group.type, namespace: context.namespace), as: context.user)
                        return try selector.list(cluster, group.type, namespace: context.namespace)
                    }
                    targets += matched.map { Target(type: group.type, namespace: $0.namespace, name: $0.name) }
                } catch {
                    failures.append(error.kubectlMessage)
                }
            }
            return (targets, failures, ListItemFailures())
        }

        /// `-i`'s preview: the builder's first visit, which reads each object; one not found stops
        /// the command unless ignored.
        private func preview(_ targets: [Target], _ context: VerbContext) throws(KubectlFailure) -> [Target] {
            let cluster = try context.cluster
            var found: [Target] = []
            for target in targets {
                do {
                    try cluster.authorize(
                        AccessRequest(verb: "get", target.type, namespace: target.namespace, name: target.name), as: context.user)
                    _ = try cluster.get(target.type, namespace: target.namespace, name: target.name)
                    found.append(target)
                } catch {
                    if error.reason == "NotFound" && ignoreNotFound { continue }
                    throw .server(error)
                }
            }
            return found
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            var (targets, found, listFailures) = try self.targets(context)
            let cluster = try context.cluster
            var failures = found
            if force && gracePeriod == 0 {
                context.io.err(Delete.forceWarning)
            }
            if interactive {
                targets = try preview(targets, context)
                guard !targets.isEmpty else {
                    context.io.out("No resources found\n")
                    return 0
                }
                guard Delete.confirm(targets, context) else {
                    context.io.out("deletion is cancelled\n")
                    return 0
                }
            }
            var deleted: [(ResourceType, KubeObject)] = []
            for target in targets {
                if dryRun != .client {
                    do {
                        let request = ServerRequest.delete(
                            target.type, namespace: target.namespace, name: target.name, gracePeriod: gracePeriod,
                            propagation: cascade, dryRun: dryRun == .server)
                        let object = try context.send(request) { () throws(APIError) in
                            try cluster.authorize(
                                AccessRequest(verb: "delete", target.type, namespace: target.namespace, name: target.name), as: context.user)
                            return try cluster.delete(
                                target.type, namespace: target.namespace, name: target.name, gracePeriodSeconds: gracePeriod,
                                propagationPolicy: cascade, dryRun: dryRun == .server)
                        }
                        deleted.append((target.type, object))
                    } catch {
                        if error.reason == "NotFound" && ignoreNotFound { continue }
                        var refusal = error
                        // kubectl names the manifest a refused delete came from (`AddSourceToErr`).
                        if let source = target.source { refusal.message = "error when deleting \(GoSyntax.quoted(source)): " + refusal.message }
                        failures.append(refusal.kubectlMessage)
                        continue
                    }
                }
                let kind = target.type.qualifiedKind
                if namesOnly {
                    context.io.out("\(kind)/\(target.name)\n")
                } else {
                    let verb = gracePeriod == 0 ? "force deleted" : "deleted"
                    context.io.out("\(kind) \"\(target.name)\" \(verb)\(dryRun.suffix)\n")
                }
            }
            if targets.isEmpty && failures.isEmpty && listFailures.isEmpty { context.io.out("No resources found\n") }
            // The builder's aggregate comes after what the deletes gathered: alone as checkErr prints it.
            failures = listFailures.following(failures)
            if wait && dryRun == .none {
                let gone = { (entry: (ResourceType, KubeObject)) in
                    !cluster.exists(entry.0, namespace: entry.1.namespace, name: entry.1.name, uid: entry.1.uid)
                }
                let allGone = { deleted.allSatisfy(gone) }
                DeletionWatchLog(context: context, cluster: cluster, timeoutSeconds: timeoutSeconds).follow(deleted)
                if let timeoutSeconds {
                    // `IsDeleted` gives up on the first object still there.
                    if !cluster.wait(timeoutSeconds: timeoutSeconds, until: allGone),
                        let (type, object) = deleted.first(where: { !gone($0) })
                    {
                        failures.append("error: \(Wait.timedOut) on \(type.plural)/\(object.name)")
                    }
                } else {
                    // kubectl would wait on; given up as if interrupted, it says nothing more.
                    _ = UnboundedWait(cluster: cluster, objects: deleted.map { ($0.0, $0.1.namespace, $0.1.name) }).until(allGone)
                }
            }
            for message in failures {
                context.requestLog?.reportingFailure(message)
                context.io.err(message + "\n")
            }
            return failures.isEmpty ? 0 : 1
        }
    }

    /// Lists the objects to delete and asks; only `y` (either case) goes on.
    static func confirm(_ targets: [Options.Target], _ context: VerbContext) -> Bool {
        context.io.out("You are about to delete the following \(targets.count) resource(s):\n")
        for target in targets {
            let kind = target.type.kind.lowercased()
            context.io.out("\(target.type.group.isEmpty ? kind : "\(kind).\(target.type.group)")/\(target.name)\n")
        }
        context.io.out("Do you want to continue? (y/n): ")
        return context.io.readWord()?.lowercased() == "y"
    }

    /// `--timeout` as a Go duration; nil when kubectl would wait without end (0, the default, is
    /// a week to kubectl, and a negative timeout the same).
    static func timeoutSeconds(_ text: String?) throws(KubectlFailure) -> Int64? {
        guard let text, text != "0" else { return nil }
        let negative = text.hasPrefix("-")
        guard let milliseconds = GoDurationParser.milliseconds(String(text.dropFirst(negative ? 1 : 0))) else {
            let problem = Double(text) != nil ? "missing unit in duration" : "invalid duration"
            throw .usage("invalid argument \"\(text)\" for \"--timeout\" flag: time: \(problem) \"\(text)\"", verb: "delete")
        }
        return milliseconds == 0 || negative ? nil : max(1, milliseconds / 1000)
    }

    /// `parseCascadingFlag`: a policy name, or a legacy boolean with kubectl's warning.
    static func cascade(_ text: String, io: IOStreams) throws(KubectlFailure) -> DeletionPropagation {
        if let legacy = FlagParser.parseBool(text) {
            let replacement = legacy ? "background" : "orphan"
            io.err("warning: --cascade=\(text) is deprecated (boolean value) and can be replaced with --cascade=\(replacement).\n")
            return legacy ? .background : .orphan
        }
        switch text {
        case "orphan": return .orphan
        case "foreground": return .foreground
        case "background": return .background
        default: throw .error("invalid cascade value (\(text)). Must be \"background\", \"foreground\", or \"orphan\"")
        }
    }

    static let forceWarning =
        "Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n"

    static let noResourceMessage = """
        error: You must provide one or more resources by argument or filename.
        Example resource specifications include:
           '-f rsrc.yaml'
           '--filename=rsrc.json'
           '<resource> <name>'
           '<resource>'
        """
}
