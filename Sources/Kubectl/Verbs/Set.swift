import Cluster
import KubeAPI

/// `kubectl set image|env|resources|selector|serviceaccount|subject ...`: changes to objects' pod
/// templates, Service selectors and binding subjects.
enum SetVerb {
    static let verb = Verb(
        name: "set", flags: flags, help: KubectlHelp.set, usagePath: usagePath,
        ownFlags: { words in words.first.flatMap { subcommands[commandName($0)]?.flags } }
    ) { context throws(KubectlFailure) in
        var context = context
        guard let sub = context.flags.positionals.first else {
            context.io.err(KubectlHelp.set)
            return 1
        }
        guard let (run, own) = subcommands[commandName(sub)] else {
            throw .validation("unknown command \"\(context.flags.positionals.joined(separator: " "))\"", verb: "set")
        }
        try context.flags.refuseOthers(than: own, command: "set \(commandName(sub))")
        context.flags.positionals.removeFirst()
        return try run(context)
    }

    /// Each subcommand by its name: what runs it and the flags it has.
    private static let subcommands: [String: (run: @Sendable (VerbContext) throws(KubectlFailure) -> Int32, flags: [FlagSpec])] = [
        "image": (SetImage.run, SetImage.flags),
        "env": (SetEnv.run, SetEnv.flags),
        "resources": (SetResources.run, SetResources.flags),
        "selector": (SetSelector.run, SetSelector.flags),
        "serviceaccount": (SetServiceAccount.run, SetServiceAccount.flags),
        "subject": (SetSubject.run, SetSubject.flags),
    ]

    static let flags: [FlagSpec] = {
        var seen = Set<String>()
        return subcommands.keys.sorted().flatMap { subcommands[$0]?.flags ?? [] }.filter { seen.insert($0.long).inserted }
    }()

    /// The subcommand's own name, which kubectl's messages use whichever alias was typed.
    static func commandName(_ sub: String) -> String { sub == "sa" ? "serviceaccount" : sub }

    @Sendable static func usagePath(_ words: [String]) -> String? {
        guard let sub = words.first.map(commandName), subcommands[sub] != nil else { return nil }
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

    /// Applies `change` to the containers `selector` picks in each of `targets` and writes
    /// those that changed (with `--local`, changes the manifests only), printing
    /// `<kind>/<name> <operation>`; errors are gathered as kubectl does.
    static func update(
        _ context: VerbContext, targets: [(ResourceType, KubeObject)], selector: String, operation: String,
        patchFailure: String,
        change: (inout JSONValue) throws(KubectlFailure) -> Void,
        noMatch: (ResourceType, KubeObject) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        let patcher = try SetPatcher(context, operation: operation) { .plain(patchFailure + $0.message) }
        for (type, object) in targets {
            guard let specPath = podSpecPath(type) else {
                try patcher.patch(type, object) { _ in patcher.refusal(type, object, notPodTemplate(type)) }
                continue
            }
            let picked = selectContainers(object, specPath: specPath, selector: selector)
            if picked.isEmpty {
                try noMatch(type, object)
                continue
            }
            try patcher.patch(type, object) { updated in
                apply(change, to: &updated, picked).map { patcher.refusal(type, object, $0.message) }
            }
        }
        try patcher.finish()
    }

    /// Every object the arguments or manifests name, all fetched before any is changed, as
    /// kubectl's builder hands over its infos.
    static func targets(
        _ resources: [String], _ context: VerbContext, local: Bool, selector: SelectorQuery = SelectorQuery(label: "")
    ) throws(KubectlFailure) -> [(ResourceType, KubeObject)] {
        var found: [(ResourceType, KubeObject)] = []
        var failures: [GatheredError] = []
        try ResourceRequest.forEachTarget(
            resources, context, all: context.flags.bool("all"), selector: selector, local: local,
            fetchFailed: { failures.append(.worded($0.message)) }, accept: ServerRequest.MediaTypes.any
        ) { type, object in found.append((type, object)) }
        // Any object that could not be read stops the command before anything is changed.
        guard failures.isEmpty else { throw .aggregate(failures) }
        return found
    }

    /// Why an object without a pod spec cannot be changed (`UpdatePodSpecForObject`).
    static func notPodTemplate(_ type: ResourceType) -> String {
        "the object is not a pod or does not have a pod template: *v1.\(type.kind)"
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
