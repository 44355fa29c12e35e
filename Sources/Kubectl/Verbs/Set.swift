import Cluster
import KubeAPI

/// `kubectl set image|env|resources ...`: changes to the pod template of objects.
enum SetVerb {
    static let verb = Verb(name: "set", flags: flags, help: KubectlHelp.set, usagePath: usagePath) {
        context throws(KubectlFailure) in
        var context = context
        guard let sub = context.flags.positionals.first else {
            context.io.err(KubectlHelp.set)
            return 1
        }
        let run: (VerbContext) throws(KubectlFailure) -> Int32
        let own: [FlagSpec]
        switch sub {
        case "image": (run, own) = (SetImage.run, SetImage.flags)
        case "env": (run, own) = (SetEnv.run, SetEnv.flags)
        case "resources": (run, own) = (SetResources.run, SetResources.flags)
        case "selector", "serviceaccount", "sa", "subject":
            throw .error("\"kubectl set \(sub)\" is not part of this lab yet")
        default:
            throw .validation("unknown command \"\(context.flags.positionals.joined(separator: " "))\"", verb: "set")
        }
        try context.flags.refuseOthers(than: own, command: "set \(sub)")
        context.flags.positionals.removeFirst()
        return try run(context)
    }

    static let flags: [FlagSpec] = {
        var seen = Set<String>()
        return (SetImage.flags + SetEnv.flags + SetResources.flags).filter { seen.insert($0.long).inserted }
    }()

    @Sendable static func usagePath(_ words: [String]) -> String? {
        guard let sub = words.first, ["image", "env", "resources"].contains(sub) else { return nil }
        return "set \(sub)"
    }

    /// Where a kind keeps the pod spec these commands change (`UpdatePodSpecForObject`).
    static func podSpecPath(_ type: ResourceType) -> String? {
        switch type {
        case .pods: "spec"
        case .cronJobs: "spec.jobTemplate.spec.template.spec"
        case .deployments, .replicaSets, .statefulSets, .daemonSets, .jobs, .replicationControllers: "spec.template.spec"
        default: nil
        }
    }

    /// The containers (then init containers) whose names match `selector` (`*` wildcards), as
    /// (list path, index) pairs.
    static func selectContainers(_ object: KubeObject, specPath: String, selector: String) -> [(String, Int)] {
        ["containers", "initContainers"].flatMap { list in
            object[path: "\(specPath).\(list)"].array.enumerated().compactMap { index, container in
                Glob.matches(container["name"].string ?? "", selector) ? ("\(specPath).\(list)", index) : nil
            }
        }
    }

    /// Why `--local` was refused, or nil: the objects must come from `-f` or `-k`, not arguments.
    static func localProblem(_ context: VerbContext, resources: [String]) -> KubectlFailure? {
        guard context.flags.bool("local"), !resources.isEmpty else { return nil }
        return .error(
            """
            you must specify resources by --filename when --local is set.
            Example resource specifications include:
               '-f rsrc.yaml'
               '--filename=rsrc.json'
            """)
    }

    /// Applies `change` to the containers `selector` picks in every selected object and writes
    /// those that changed (with `--local`, changes the manifests only), printing
    /// `<kind>/<name> <operation>`; errors are gathered as kubectl does.
    static func update(
        _ context: VerbContext, resources: [String], selector: String, operation: String, patchFailure: String,
        change: (inout JSONValue) throws(KubectlFailure) -> Void,
        noMatch: (ResourceType, KubeObject) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        let flags = context.flags
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let dryRun = try DryRun.parse(flags.string("dry-run"))
        let local = flags.bool("local")
        var failures: [GatheredError] = []
        let printer = CommandPrinter()
        try ResourceRequest.forEachTarget(
            resources, context, all: flags.bool("all"), selector: try SelectorQuery(flags), local: local
        ) { type, object throws(KubectlFailure) in
            guard let specPath = podSpecPath(type) else {
                failures.append(.plain("error: \(type.plural)/\(object.name) the object is not a pod or does not have a pod template: *v1.\(type.kind)\n"))
                return
            }
            let picked = selectContainers(object, specPath: specPath, selector: selector)
            if picked.isEmpty { return try noMatch(type, object) }
            var updated = object
            if let failure = apply(change, to: &updated, picked) {
                failures.append(.plain("error: \(type.plural)/\(object.name) \(failure.message)\n"))
                return
            }
            guard updated != object else { return }
            var written = updated
            if dryRun != .client && !local {
                let cluster = try context.cluster
                let user = context.user
                let patch = AccessRequest(verb: "patch", type, namespace: updated.namespace, name: updated.name)
                switch Result(catching: { () throws(APIError) in
                    try cluster.authorize(patch, as: user)
                    return try cluster.replace(
                        updated, dryRun: dryRun == .server, manager: FieldManager(flags.string("field-manager") ?? "kubectl-set"))
                }) {
                case .success(let stored): written = stored
                case .failure(let error):
                    failures.append(.plain(patchFailure + error.message))
                    return
                }
            }
            _ = try ObjectOutput.print(
                written, type: type, operation: operation, output: flags.string("output"), dryRun: dryRun, context: context,
                fetched: true, decoded: true, printer: printer)
        }
        guard failures.isEmpty else { throw .aggregate(failures) }
    }
}

extension SetVerb {
    /// Runs `change` on each picked container; the failure, if any, instead of throwing it.
    static func apply(
        _ change: (inout JSONValue) throws(KubectlFailure) -> Void, to object: inout KubeObject, _ picked: [(String, Int)]
    ) -> KubectlFailure? {
        do {
            for (list, index) in picked {
                var containers = object[path: list].array
                try change(&containers[index])
                object[path: list] = .array(containers)
            }
            return nil
        } catch {
            return error
        }
    }
}

/// Shell-style `*` wildcards, as kubectl's `selectString` matches container names.
enum Glob {
    static func matches(_ text: String, _ pattern: String) -> Bool {
        matches(Substring(text), Substring(pattern))
    }

    private static func matches(_ text: Substring, _ pattern: Substring) -> Bool {
        guard let first = pattern.first else { return text.isEmpty }
        if first == "*" {
            var rest = text
            while true {
                if matches(rest, pattern.dropFirst()) { return true }
                guard !rest.isEmpty else { return false }
                rest = rest.dropFirst()
            }
        }
        return text.first == first && matches(text.dropFirst(), pattern.dropFirst())
    }
}
