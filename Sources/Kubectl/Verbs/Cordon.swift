import Cluster
import KubeAPI

/// `kubectl cordon NODE` and `kubectl uncordon NODE`: set or clear `spec.unschedulable`
/// (`drain.CordonHelper`), printing `node/n cordoned` or `node/n already cordoned`.
enum Cordon {
    static let verb = Verb(name: "cordon", flags: flags, help: KubectlHelp.cordon) { context throws(KubectlFailure) in
        try run(context, desired: true)
    }

    static let uncordonVerb = Verb(name: "uncordon", flags: flags, help: KubectlHelp.uncordon) { context throws(KubectlFailure) in
        try run(context, desired: false)
    }

    static let flags: [FlagSpec] = [FlagSpec.dryRun, FlagSpec("selector", "l")]

    private static func run(_ context: VerbContext, desired: Bool) throws(KubectlFailure) -> Int32 {
        let verb = desired ? "cordon" : "uncordon"
        try NodeArguments.validate(context, verb: verb)
        let dryRun = try context.dryRun()
        let nodes = try NodeArguments.resolve(context, verb: verb)
        for node in nodes { try setUnschedulable(node, desired, dryRun: dryRun, context: context) }
        return 0
    }

    /// Cordons or uncordons one node and prints what happened (`RunCordonOrUncordon`).
    static func setUnschedulable(_ node: KubeObject, _ desired: Bool, dryRun: DryRun, context: VerbContext) throws(KubectlFailure) {
        let word = desired ? "cordoned" : "uncordoned"
        guard (node[path: "spec.unschedulable"].bool ?? false) != desired else {
            context.io.out("node/\(node.name) already \(word)\(dryRun.suffix)\n")
            return
        }
        if dryRun != .client {
            var updated = node
            updated[path: "spec.unschedulable"] = desired ? true : .null
            let cluster = try context.cluster
            // The cordon helper's typed client patches, naming no field manager; a server dry run
            // sends the patch too.
            var patch = ServerRequest.patch(
                .nodes, namespace: nil, name: node.name, patchType: .strategic,
                query: dryRun == .server ? ["dryRun": "All"] : [:], accept: ServerRequest.MediaTypes.protobuf)
            patch.body = "{\"spec\":{\"unschedulable\":\(desired ? "true" : "null")}}"
            do {
                _ = try context.send(patch) { () throws(APIError) in
                    try cluster.authorize(AccessRequest(verb: "patch", .nodes, namespace: nil, name: node.name), as: context.user)
                    return try cluster.replace(updated, dryRun: dryRun == .server)
                }
            } catch {
                context.io.err("error: unable to \(desired ? "cordon" : "uncordon") node \"\(node.name)\": \(error.message)\n")
                return
            }
        }
        context.io.out("node/\(node.name) \(word)\(dryRun.suffix)\n")
    }
}

/// The nodes a node verb names: `NODE...` (or `node/NODE`), or every node matching `-l`.
enum NodeArguments {
    /// The usage checks `Complete` makes before it reads any other flag: nodes or a selector, not both.
    static func validate(_ context: VerbContext, verb: String) throws(KubectlFailure) {
        let (names, selector) = (context.flags.positionals, context.flags.string("selector"))
        guard !names.isEmpty || selector != nil else { throw .validation("USAGE: \(verb) NODE [flags]", verb: verb) }
        guard names.isEmpty || selector == nil else {
            throw .validation("error: cannot specify both a node name and a --selector option", verb: verb)
        }
    }

    static func resolve(_ context: VerbContext, verb: String) throws(KubectlFailure) -> [KubeObject] {
        let names = context.flags.positionals.map { $0.hasPrefix("node/") || $0.hasPrefix("nodes/") ? String($0.split(separator: "/").last ?? "") : $0 }
        try validate(context, verb: verb)
        if let text = context.flags.string("selector") {
            let cluster = try context.cluster
            let selector = SelectorQuery(label: text)
            do {
                return try context.send(selector.request(.nodes, namespace: nil, accept: ServerRequest.MediaTypes.any)) {
                    () throws(APIError) in try selector.list(cluster, .nodes, namespace: nil)
                }
            } catch {
                throw .server(error)
            }
        }
        return try fetch(names, context)
    }

    /// Each named node, read as the node verbs' builder reads it; the first that cannot be read stops them.
    static func fetch(_ names: some Sequence<String>, _ context: VerbContext) throws(KubectlFailure) -> [KubeObject] {
        var nodes: [KubeObject] = []
        let cluster = try context.cluster
        for name in names {
            do {
                let get = ServerRequest.get(.nodes, namespace: nil, name: name, accept: ServerRequest.MediaTypes.any)
                nodes.append(
                    try context.send(get) { () throws(APIError) in
                        try cluster.authorize(AccessRequest(verb: "get", .nodes, namespace: nil, name: name), as: context.user)
                        return try cluster.get(.nodes, namespace: nil, name: name)
                    })
            } catch {
                throw .server(error)
            }
        }
        return nodes
    }
}
