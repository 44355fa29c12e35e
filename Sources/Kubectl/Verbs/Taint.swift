import Cluster
import KubeAPI

/// `kubectl taint nodes NODE key=value:Effect... key:Effect-...`: adds, replaces or removes
/// node taints (`pkg/cmd/taint`), printing `node/n tainted`, `untainted` or `modified`.
enum Taint {
    static let verb = Verb(name: "taint", flags: flags, help: KubectlHelp.taint) { context throws(KubectlFailure) in
        let options = try Options(context)
        var failures: [String] = []
        for node in try options.nodes(context) {
            do throws(KubectlFailure) {
                try options.apply(to: node, context: context)
            } catch {
                failures.append(error.message)
            }
        }
        if let last = failures.popLast() {
            for message in failures { context.io.err(message + "\n") }
            throw KubectlFailure(last)
        }
        return 0
    }

    static let flags: [FlagSpec] = [
        FlagSpec("overwrite", nil, .bool), FlagSpec("all", nil, .bool), FlagSpec("selector", "l"), FlagSpec.dryRun,
        FlagSpec("output", "o"), FlagSpec.validate, FlagSpec("field-manager"),
    ] + OutputFormat.templateFlags

    struct Options {
        var resources: [String] = []
        var add: [JSONValue] = []
        var remove: [JSONValue] = []
        var overwrite: Bool
        var all: Bool
        var selector: String?
        var dryRun: DryRun

        init(_ context: VerbContext) throws(KubectlFailure) {
            overwrite = context.flags.bool("overwrite")
            all = context.flags.bool("all")
            selector = context.flags.string("selector")
            dryRun = try context.dryRun()
            var specs: [String] = []
            for arg in context.flags.positionals {
                let isTaint = arg.contains("=") || arg.contains(":") || arg.hasSuffix("-")
                if isTaint {
                    specs.append(arg)
                } else if specs.isEmpty {
                    resources.append(arg)
                } else {
                    throw .error("all resources must be specified before taint changes: \(arg)")
                }
            }
            guard !resources.isEmpty else { throw .error("one or more resources must be specified as <resource> <name>") }
            guard !specs.isEmpty else { throw .error("at least one taint update is required") }
            do throws(TaintSpecError) {
                (add, remove) = try TaintSpec.parse(specs)
            } catch {
                throw .validation(error.message, verb: "taint")
            }
            try validate()
        }

        private func validate() throws(KubectlFailure) {
            let typeName = resources[0].lowercased()
            guard let type = ResourceResolver.resolve(typeName) else {
                throw .error("the server doesn't have a resource type \"\(typeName)\"")
            }
            guard type == .nodes else { throw .error("invalid resource type \(typeName), only node types are supported") }
            var conflicts: [String] = []
            for taint in add {
                for removal in remove where removal["key"] == taint["key"] {
                    if removal["effect"].isNull || removal["effect"] == taint["effect"] {
                        conflicts.append("\(removal["key"].string ?? "")=\(removal["effect"].string ?? "")")
                    }
                }
            }
            if !conflicts.isEmpty {
                throw .error("can not both modify and remove the following taint(s) in the same command: \(conflicts.joined(separator: ", "))")
            }
            if all && selector != nil { throw .error("setting 'all' parameter with a non empty selector is prohibited") }
            if !all && selector == nil && resources.count < 2 {
                throw .error("at least one resource name must be specified since 'all' parameter is not set")
            }
        }

        func nodes(_ context: VerbContext) throws(KubectlFailure) -> [KubeObject] {
            let cluster = try context.cluster
            if all || selector != nil {
                let query = SelectorQuery(label: selector ?? "")
                do {
                    return try context.send(query.request(.nodes, namespace: nil, accept: ServerRequest.MediaTypes.any)) {
                        () throws(APIError) in try query.list(cluster, .nodes, namespace: nil)
                    }
                } catch {
                    throw .server(error)
                }
            }
            return try NodeArguments.fetch(resources.dropFirst(), context)
        }

        /// `updateTaints` and `reorganizeTaints`: new taints first, then the old ones they do not replace.
        func apply(to node: KubeObject, context: VerbContext) throws(KubectlFailure) {
            let old = node[path: "spec.taints"].array
            if !overwrite {
                let existing = add.filter { taint in old.contains { $0.matchesTaintKeyAndEffect(taint) } }
                if !existing.isEmpty {
                    let keys = existing.compactMap { $0["key"].string }.joined(separator: ",")
                    throw .error("node \(node.name) already has \(keys) taint(s) with same effect(s) and --overwrite is false")
                }
            }
            var taints = add
            for taint in old where !taints.contains(where: { $0.matchesTaintKeyAndEffect(taint) }) { taints.append(taint) }
            let added = old.count != taints.count
            var removed = false
            var missing: [String] = []
            for removal in remove {
                let before = taints.count
                if removal["effect"].isNull {
                    taints.removeAll { $0["key"] == removal["key"] }
                } else {
                    taints.removeAll { $0.matchesTaintKeyAndEffect(removal) }
                }
                removed = taints.count != before
                if !removed { missing.append("taint \"\(TaintSpec.describe(removal))\" not found") }
            }
            if !missing.isEmpty { throw .error(Drain.aggregate(missing)) }
            let operation = (added && removed) || overwrite ? "modified" : added ? "tainted" : "untainted"
            if dryRun != .client {
                var updated = node
                updated[path: "spec.taints"] = taints.isEmpty ? .null : .array(taints)
                let cluster = try context.cluster
                var patch = ServerRequest.patch(
                    .nodes, namespace: nil, name: node.name, patchType: .strategic,
                    query: ServerRequest.writeQuery(
                        dryRun: dryRun, manager: "kubectl-taint", flags: context.flags, extra: ["fieldValidation": try Apply.fieldValidation(context.flags.string("validate")).directive]),
                    accept: ServerRequest.MediaTypes.any)
                patch.body = Taint.patchBody(old: old, new: taints)
                do {
                    _ = try context.send(patch) { () throws(APIError) in
                        try cluster.authorize(AccessRequest(verb: "patch", .nodes, namespace: nil, name: node.name), as: context.user)
                        return try cluster.replace(updated, dryRun: dryRun == .server)
                    }
                } catch {
                    throw .server(error)
                }
            }
            // kubectl's ToPrinter sets the operation afresh, dropping the dry run's suffix.
            context.io.out("node/\(node.name) \(operation)\n")
        }
    }
}

extension Taint {
    /// The strategic merge patch kubectl computes from the node before and after
    /// (`CreateTwoWayMergePatch`): taints are an atomic list, so the whole new list, keys sorted
    /// (null once none is left), or `{}` when nothing changed.
    static func patchBody(old: [JSONValue], new: [JSONValue]) -> String {
        guard old != new else { return "{}" }
        return GoJSON.marshal(["spec": ["taints": new.isEmpty ? .null : .array(new.map(\.sortedKeys))]])
    }
}

extension JSONValue {
    /// `Taint.MatchTaint`: the same key and effect.
    func matchesTaintKeyAndEffect(_ other: JSONValue) -> Bool {
        self["key"].string == other["key"].string && (self["effect"].string ?? "") == (other["effect"].string ?? "")
    }
}
