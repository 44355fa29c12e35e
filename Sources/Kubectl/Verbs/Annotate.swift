import Cluster
import KubeAPI

/// `kubectl annotate TYPE NAME KEY=VALUE ... KEY-`: sets or removes annotations, refusing to
/// change a value unless `--overwrite` is given (`pkg/cmd/annotate`).
enum Annotate {
    static let verb = Verb(name: "annotate", flags: flags, help: KubectlHelp.annotate) { context throws(KubectlFailure) in
        try run(context)
    }

    static let flags: [FlagSpec] = Label.flags

    private static func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let (resources, pairs) = try Label.split(flags.positionals, changing: "annotation")
        let selector = try SelectorQuery(flags)
        let dryRun = try context.dryRun()
        let local = flags.bool("local")
        if local, let problem = ManifestTargets.localProblem(context, resources: resources, dryRun: dryRun, example: "rsrc") {
            throw problem
        }
        let fromFiles = ManifestFiles.given(context)
        guard !resources.isEmpty || fromFiles else { throw .error(Label.resourceRequired) }
        guard !pairs.isEmpty || flags.bool("list") else { throw .error("at least one annotation update is required") }
        let (settings, removals) = try parse(pairs)
        let request = try ResourceRequest.parse(resources)
        let printer = CommandPrinter()
        let each = { (type: ResourceType, object: KubeObject) throws(KubectlFailure) in
            let current = object.annotations
            if flags.bool("list") {
                // One named object is listed bare; otherwise each under a heading, indented.
                let single = fromFiles || (request.groups.count == 1 && request.groups[0].names.count == 1)
                if !single { context.io.out("Listing annotations for \(type.kind).\(type.group)/\(object.name):\n") }
                for (key, value) in current.sorted(by: { $0.key < $1.key }) {
                    context.io.out("\(single ? "" : " ")\(key)=\(value)\n")
                }
                return
            }
            if !flags.bool("overwrite") {
                let clashes = settings.keys.sorted().filter { current[$0] != nil && current[$0] != settings[$0] }
                if !clashes.isEmpty {
                    let list = clashes.map { "'\($0)' already has a value (\(current[$0] ?? ""))" }.joined(separator: "; ")
                    throw .error("--overwrite is false but found the following declared annotation(s): \(list)")
                }
            }
            var annotations = current.merging(settings) { $1 }
            for key in removals { annotations[key] = nil }
            var updated = object
            updated[path: "metadata.annotations"] = annotations.isEmpty ? .null : .stringMap(annotations)
            if dryRun != .client && !local { ChangeCause(context).record(&updated) }
            let written = dryRun == .client || local ? updated : try write(updated, type: type, dryRun: dryRun, context: context, manager: "kubectl-annotate")
            _ = try ObjectOutput.print(
                written, type: type, operation: "annotated", output: flags.string("output"), dryRun: dryRun,
                context: context, printer: printer)
        }
        if fromFiles {
            try ManifestTargets.forEach(context, resources: resources, local: local, each)
        } else {
            try request.forEachSelected(
                context, all: flags.bool("all"), allNamespaces: flags.bool("all-namespaces"), selector: selector, each)
        }
        return 0
    }

    /// Sends the changed object to the server, as the PATCH kubectl sends (refused to a user
    /// who may not patch `type`, or its `subresource`). With the `patch` that changed it, the
    /// server first decodes the result as that patch's type does.
    /// The request is logged as a PATCH of `patchType` (a merge patch unless `patch` says),
    /// asking for `accept`.
    static func write(
        _ object: KubeObject, type: ResourceType, subresource: String = "", dryRun: DryRun, context: VerbContext,
        manager: String, patch: PatchBody? = nil, patchType: ServerRequest.PatchType? = nil,
        accept: String = ServerRequest.MediaTypes.json
    ) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        let access = AccessRequest(verb: "patch", type, subresource: subresource, namespace: object.namespace, name: object.name)
        let request = patchRequest(
            object, type: type, subresource: subresource, dryRun: dryRun, context: context, manager: manager,
            patchType: patchType ?? ServerRequest.PatchType(flag: patch?.type ?? "merge"), accept: accept)
        do {
            let (written, warnings) = try context.send(request) { () throws(APIError) in
                try cluster.authorize(access, as: context.user)
                var object = object
                if let patch { object = try patch.decode(object, as: type, cluster: cluster, context: context) }
                let warnings = cluster.writeWarnings(for: object, as: type)
                let manager = FieldManager(
                    context.flags.string("field-manager") ?? manager, subresource: subresource.isEmpty ? nil : subresource)
                return (try cluster.replace(object, dryRun: dryRun == .server, manager: manager), warnings)
            }
            warnings.forEach(context.printServerWarning)
            return written
        } catch {
            throw .server(error)
        }
    }

    /// The PATCH `write` sends for `object`.
    static func patchRequest(
        _ object: KubeObject, type: ResourceType, subresource: String = "", dryRun: DryRun, context: VerbContext,
        manager: String, patchType: ServerRequest.PatchType = .merge, accept: String = ServerRequest.MediaTypes.json
    ) -> ServerRequest {
        .patch(
            type, namespace: object.namespace, name: object.name, subresource: subresource, patchType: patchType,
            query: ServerRequest.writeQuery(dryRun: dryRun, manager: manager, flags: context.flags), accept: accept)
    }

    /// `ParsePairs` for annotations: `KEY=VALUE` (the value may hold `=`) and `KEY-`.
    static func parse(_ pairs: [String]) throws(KubectlFailure) -> (settings: [String: String], removals: [String]) {
        var settings: [String: String] = [:]
        var removals: [String] = []
        for pair in pairs {
            if let equals = pair.firstIndex(of: "="), equals != pair.startIndex {
                settings[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            } else {
                removals.append(String(pair.dropLast()))
            }
        }
        let both = removals.filter { settings[$0] != nil }
        if !both.isEmpty {
            throw .error("can not both modify and remove the following annotation(s) in the same command: \(both.joined(separator: ", "))")
        }
        return (settings, removals)
    }
}
