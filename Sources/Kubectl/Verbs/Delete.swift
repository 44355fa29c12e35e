import Cluster
import KubeAPI

/// `kubectl delete TYPE NAME...`: deletes objects, then waits until they are gone.
enum Delete {
    static let verb = Verb(name: "delete", flags: flags, help: KubectlHelp.delete) { context throws(KubectlFailure) in
        let options = try Options(context)
        return try options.run(context)
    }

    static let flags: [FlagSpec] = [
        FlagSpec("all", nil, .bool), FlagSpec("selector", "l"), FlagSpec("grace-period", nil, .int),
        FlagSpec("force", nil, .bool), FlagSpec("now", nil, .bool), FlagSpec("wait", nil, .bool),
        FlagSpec("dry-run"), FlagSpec("ignore-not-found", nil, .bool), FlagSpec("filename", "f", .stringArray),
        FlagSpec("cascade"), FlagSpec("output", "o"), FlagSpec("all-namespaces", "A", .bool),
        FlagSpec("timeout"), FlagSpec("recursive", "R", .bool), FlagSpec("field-selector"),
    ]

    struct Options {
        var request: ResourceRequest
        var selector: SelectorQuery
        var all: Bool
        var gracePeriod: Int?
        var force: Bool
        var wait: Bool
        var dryRun: DryRun
        var ignoreNotFound: Bool
        var cascade: DeletionPropagation

        init(_ context: VerbContext) throws(KubectlFailure) {
            let flags = context.flags
            cascade = try Delete.cascade(flags.string("cascade") ?? "background", io: context.io)
            guard !flags.positionals.isEmpty else { throw KubectlFailure(Delete.noResourceMessage) }
            request = try ResourceRequest.parse(flags.positionals)
            selector = try SelectorQuery(flags)
            all = flags.bool("all")
            force = flags.bool("force")
            gracePeriod = flags.string("grace-period").flatMap { Int($0) }
            if flags.bool("now") { gracePeriod = 1 }
            if force && gracePeriod == nil { gracePeriod = 0 }
            wait = flags.string("wait").map { $0 == "true" } ?? true
            dryRun = try DryRun.parse(flags.string("dry-run"))
            ignoreNotFound = flags.bool("ignore-not-found")
            let named = request.groups.contains { !$0.names.isEmpty }
            if !named && selector.isEmpty && !all {
                throw .error("resource(s) were provided, but no name was specified")
            }
        }

        func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
            let cluster = try context.cluster
            var targets: [(ResourceType, KubeObject)] = []
            var failures: [String] = []
            for group in request.groups {
                if group.names.isEmpty {
                    do {
                        let matched = try selector.list(cluster, group.type, namespace: context.namespace)
                        targets += matched.map { (group.type, $0) }
                    } catch {
                        failures.append(error.kubectlMessage)
                    }
                } else {
                    for name in group.names {
                        do {
                            targets.append((group.type, try cluster.get(group.type, namespace: context.namespace, name: name)))
                        } catch {
                            if !ignoreNotFound { failures.append(error.kubectlMessage) }
                        }
                    }
                }
            }
            if targets.isEmpty && failures.isEmpty {
                if !ignoreNotFound { context.io.out("No resources found\n") }
                return 0
            }
            if force && gracePeriod == 0 {
                context.io.err(Delete.forceWarning)
            }
            var deleted: [(ResourceType, KubeObject)] = []
            for (type, object) in targets {
                do {
                    try cluster.delete(
                        type, namespace: object.namespace, name: object.name, gracePeriodSeconds: gracePeriod,
                        propagationPolicy: cascade, dryRun: dryRun != .none)
                    let verb = force && gracePeriod == 0 ? "force deleted" : "deleted"
                    context.io.out("\(type.qualifiedKind) \"\(object.name)\" \(verb)\(dryRun.suffix)\n")
                    deleted.append((type, object))
                } catch {
                    failures.append(error.kubectlMessage)
                }
            }
            if wait && dryRun == .none {
                _ = cluster.wait(timeoutSeconds: 3600) {
                    deleted.allSatisfy { !cluster.exists($0.0, namespace: $0.1.namespace, name: $0.1.name, uid: $0.1.uid) }
                }
            }
            for message in failures { context.io.err(message + "\n") }
            return failures.isEmpty ? 0 : 1
        }
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
