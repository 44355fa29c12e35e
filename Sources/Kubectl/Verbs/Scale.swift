import Cluster
import KubeAPI

/// `kubectl scale TYPE NAME... | TYPE -l SEL | TYPE --all --replicas=N`: sets the replica count
/// of deployments, replica sets, replication controllers and stateful sets through their scale.
enum Scale {
    static let verb = Verb(name: "scale", flags: flags, help: KubectlHelp.scale) { context throws(KubectlFailure) in
        let flags = context.flags
        guard let text = flags.string("replicas") else { throw .error("required flag(s) \"replicas\" not set") }
        // Complete reads the dry run and the printer, Validate the count, then the builder runs.
        let dryRun = try context.dryRun()
        let output = flags.string("output")
        try ObjectOutput.checkFormat(output, context: context)
        let replicas = Int(text) ?? -1
        guard replicas >= 0 else { throw .error(replicasRequired) }
        guard !flags.positionals.isEmpty || ManifestFiles.given(context) else { throw KubectlFailure(Delete.noResourceMessage) }
        let (targets, failures) = try ManifestFiles.given(context) ? manifestTargets(context) : targets(context)
        guard !targets.isEmpty else {
            let messages = failures.map(\.message)
            let reason = messages.count > 1 ? " [\(messages.joined(separator: ", "))]" : messages.first.map { " \($0)" } ?? ""
            throw .error("no objects passed to scale\(reason)")
        }
        if flags.string("resource-version").map({ !$0.isEmpty }) == true, targets.count > 1 {
            throw .error("cannot use --resource-version with multiple resources")
        }
        let current = flags.string("current-replicas").flatMap { Int($0) } ?? -1
        let resourceVersion = flags.string("resource-version") ?? ""
        // Either precondition makes the scaler read the scale and update it (`ScalePrecondition`).
        let updating = current >= 0 || !resourceVersion.isEmpty
        let cluster = try context.cluster
        let printer = CommandPrinter()
        let changeCause = ChangeCause(context)
        let fromManifests = ManifestFiles.given(context)
        for (type, given) in targets {
            // A client dry run prints each object as it has it, asking nothing of the server.
            if dryRun == .client {
                _ = try ObjectOutput.print(
                    given, type: type, operation: "scaled", output: output, dryRun: dryRun, context: context, printer: printer)
                continue
            }
            // Only these types serve a scale subresource; others are answered 404.
            guard scalable.contains(type) else { throw .server(APIError(reason: "NotFound", message: "the server could not find the requested resource", code: 404)) }
            // The scale subresource: read and updated with a precondition, else patched.
            let verbs = updating ? ["get", "update"] : ["patch"]
            try context.authorize(AccessRequest(verb: verbs[0], type, subresource: "scale", namespace: given.namespace, name: given.name))
            let requests = ScaleRequests(type, given, dryRun: dryRun)
            // A manifest's object is not fetched before: the scale request finds it missing, and
            // nothing after it is scaled.
            let object = fromManifests ? try live(given, type, cluster, asked: updating ? requests.get : requests.patch, context) : given
            if updating { context.requestLog?.answered(requests.get, status: 200) }
            let was = object[path: "spec.replicas"].int ?? 1
            if current >= 0, current != was { throw .error("Expected replicas to be \(current), was \(was)") }
            let version = object[path: "metadata.resourceVersion"].string ?? ""
            if !resourceVersion.isEmpty, resourceVersion != version {
                throw .error("Expected resource version to be \(resourceVersion), was \(version)")
            }
            if verbs.count > 1 {
                try context.authorize(AccessRequest(verb: verbs[1], type, subresource: "scale", namespace: given.namespace, name: given.name))
            }
            // The typed Scale kubectl updates holds an int32, so a larger count wraps as Go converts it.
            let sent = updating ? Int(Int32(truncatingIfNeeded: replicas)) : replicas
            var updated = object
            updated[path: "spec.replicas"] = .int(sent)
            do throws(APIError) {
                _ = try context.send(updating ? requests.put : requests.patch) { () throws(APIError) in
                    if updating {
                        try Cluster.validateScale(replicas: sent, name: object.name)
                    } else {
                        try cluster.decodeScalePatch(
                            ["spec": ["replicas": .int(replicas)]], of: type, namespace: object.namespace, name: object.name)
                    }
                    return try write(updated, cluster, dryRun: dryRun == .server)
                }
            } catch {
                throw .server(error)
            }
            if let recorded = changeCause.recordedLive(type, object, context: context) {
                // kubectl sends it without the dry run: even `--dry-run=server` records. A refusal is only logged.
                _ = try? Annotate.write(recorded, type: type, dryRun: .none, context: context, manager: "kubectl")
            }
            // kubectl prints the object as it had it, before the scale (`info.Object`).
            _ = try ObjectOutput.print(
                given, type: type, operation: "scaled", output: output, dryRun: dryRun, context: context, printer: printer)
        }
        for failure in failures { context.io.err(failure.kubectlMessage + "\n") }
        return failures.isEmpty ? 0 : 1
    }

    /// The stored object a manifest names; when it is missing, `asked`, the scale request that
    /// found it so, is logged with its failure.
    private static func live(
        _ object: KubeObject, _ type: ResourceType, _ cluster: Cluster, asked: ServerRequest, _ context: VerbContext
    ) throws(KubectlFailure) -> KubeObject {
        do throws(APIError) {
            return try cluster.get(type, namespace: object.namespace, name: object.name)
        } catch {
            context.requestLog?.answered(asked, status: error.code, failure: error)
            throw .server(error)
        }
    }

    private static func write(_ object: KubeObject, _ cluster: Cluster, dryRun: Bool) throws(APIError) -> KubeObject {
        // The scaler names no field manager: the apiserver takes kubectl's user agent.
        try cluster.replace(object, dryRun: dryRun, manager: FieldManager("kubectl", subresource: "scale"))
    }

    /// The objects the `-f`/`-k` manifests name, as they are there (scale's builder does not fetch
    /// them); kubectl names a manifest it could not read as the reason no objects were passed.
    private static func manifestTargets(
        _ context: VerbContext
    ) throws(KubectlFailure) -> ([(ResourceType, KubeObject)], [APIError]) {
        var targets: [(ResourceType, KubeObject)] = []
        let unread = { (message: String) in KubectlFailure.error("no objects passed to scale \(message)") }
        // Several failures are the reason as Go writes an aggregate: each message once, `[a, b]`.
        let several = { (messages: [String]) in
            var distinct: [String] = []
            for message in messages where !distinct.contains(message) { distinct.append(message) }
            return unread(distinct.count == 1 ? distinct[0] : "[\(distinct.joined(separator: ", "))]")
        }
        try ManifestTargets.forEach(
            context, resources: context.flags.positionals, fetching: false, visitFailure: unread, severalFailures: several
        ) {
            targets.append(($0, $1))
        }
        return (targets, [])
    }

    /// The objects the names, `-l` or `--all` pick, and the bare messages of those not found.
    private static func targets(_ context: VerbContext) throws(KubectlFailure) -> ([(ResourceType, KubeObject)], [APIError]) {
        let flags = context.flags
        let request = try ResourceRequest.parse(flags.positionals)
        let selector = try SelectorQuery(flags)
        let named = request.groups.contains { !$0.names.isEmpty }
        // --all selects only with a lone type (`ResourceTypeOrNameArgs`); -l always does.
        if !selector.isEmpty { try request.checkSelecting() }
        if !named && selector.isEmpty && !flags.bool("all") { throw .error(RolloutTarget.noName) }
        let cluster = try context.cluster
        var targets: [(ResourceType, KubeObject)] = []
        var failures: [APIError] = []
        for group in request.groups {
            do {
                if group.names.isEmpty {
                    let list = selector.request(group.type, namespace: context.namespace)
                    targets += try context.send(list) { () throws(APIError) in
                        try cluster.authorize(AccessRequest(verb: "list", group.type, namespace: context.namespace), as: context.user)
                        return try selector.list(cluster, group.type, namespace: context.namespace).map { (group.type, $0) }
                    }
                }
                for name in group.names {
                    do {
                        let get = ServerRequest.get(group.type, namespace: context.namespace, name: name)
                        targets.append(
                            (group.type,
                                try context.send(get) { () throws(APIError) in
                                    try cluster.authorize(
                                        AccessRequest(verb: "get", group.type, namespace: context.namespace, name: name),
                                        as: context.user)
                                    return try cluster.get(group.type, namespace: context.namespace, name: name)
                                }))
                    } catch {
                        failures.append(error)
                    }
                }
            } catch {
                failures.append(error)
            }
        }
        return (targets, failures)
    }

    static let scalable: [ResourceType] = [.deployments, .replicaSets, .replicationControllers, .statefulSets]

    static let flags: [FlagSpec] = [
        FlagSpec("replicas", nil, .int), FlagSpec("current-replicas", nil, .int), FlagSpec.dryRun,
        FlagSpec("output", "o"), FlagSpec("selector", "l"), FlagSpec("all", nil, .bool), FlagSpec("timeout", nil, .duration),
        FlagSpec("resource-version"), ChangeCause.flag,
    ] + ManifestFiles.flags + OutputFormat.templateFlags

    static let replicasRequired = "The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0"
}

/// The requests `kubectl scale` sends to one object's scale subresource: a merge patch of its
/// replicas, or with `--current-replicas` a read and an update; with `--dry-run=server`, dry runs.
struct ScaleRequests {
    let get: ServerRequest
    let patch: ServerRequest
    let put: ServerRequest

    init(_ type: ResourceType, _ object: KubeObject, dryRun: DryRun) {
        let query = dryRun == .server ? ["dryRun": "All"] : [:]
        let any = ServerRequest.MediaTypes.any
        get = .get(type, namespace: object.namespace, name: object.name, subresource: "scale", accept: any)
        patch = .patch(
            type, namespace: object.namespace, name: object.name, subresource: "scale", patchType: .merge, query: query,
            accept: any)
        put = .put(type, namespace: object.namespace, name: object.name, subresource: "scale", query: query)
    }
}
