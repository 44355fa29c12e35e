import Cluster
import KubeAPI

/// One object a rollout or set verb acts on, of those `TYPE NAME...`, `TYPE/NAME` or `-f` name.
struct RolloutTarget {
    var type: ResourceType
    var object: KubeObject

    /// Each object the verb acts on: with `-f` or `-k` every object the manifests name, otherwise
    /// every `TYPE NAME...` or `TYPE/NAME` given, fetched as kubectl's builder fetches them
    /// (`Latest`), each refused on its own when not of an `allowed` type; a type without names
    /// lists what `-l` picks, all of it unless `listing` is false (then a selector or `--all` is needed). `visitFailure` words a
    /// failure to read the manifests, for the verbs that gather those; with `local` the manifests
    /// themselves are the targets.
    static func resolveAll(
        _ arguments: [String], context: VerbContext, verb: String, allowed: [ResourceType] = [.deployments],
        local: Bool = false, listing: Bool = true, visitFailure: (String) -> KubectlFailure = KubectlFailure.error,
        unsupported: (ResourceType, String) -> String
    ) throws(KubectlFailure) -> RolloutTargets {
        guard ManifestFiles.given(context) else {
            return try resolveNamed(arguments, context: context, listing: listing, allowed: allowed, unsupported: unsupported)
        }
        var targets = RolloutTargets(fromManifests: true)
        var unfetched: [KubectlFailure] = []
        try ManifestTargets.forEach(
            context, resources: arguments, local: local, visitFailure: visitFailure, fetchFailed: { unfetched.append($0) },
            accept: ServerRequest.MediaTypes.any
        ) { type, object in
            targets.items += unfetched.map(RolloutTargets.Item.unfetched)
            unfetched = []
            targets.items.append(item(type, object, allowed: allowed, unsupported: unsupported))
        }
        targets.items += unfetched.map(RolloutTargets.Item.unfetched)
        return targets
    }

    /// A fetched object, refused when the verb has nothing for its kind.
    private static func item(
        _ type: ResourceType, _ object: KubeObject, allowed: [ResourceType], unsupported: (ResourceType, String) -> String
    ) -> RolloutTargets.Item {
        allowed.contains(type) ? .found(RolloutTarget(type: type, object: object)) : .refused(.error(unsupported(type, object.name)))
    }

    /// The objects `TYPE NAME...` names, in order, each fetched on its own, or those `TYPE [-l SEL]` lists.
    private static func resolveNamed(
        _ arguments: [String], context: VerbContext, listing: Bool, allowed: [ResourceType],
        unsupported: (ResourceType, String) -> String
    ) throws(KubectlFailure) -> RolloutTargets {
        guard !arguments.isEmpty else { throw .error(requiredResource) }
        let request = try ResourceRequest.parse(arguments)
        let selector = try SelectorQuery(context.flags)
        let named = request.groups.contains { !$0.names.isEmpty }
        if named && !selector.isEmpty { throw .error("name cannot be provided when a selector is specified") }
        let cluster = try context.cluster
        var targets = RolloutTargets()
        guard named else {
            // A type alone is every object of it in the namespace that the selector picks, where the
            // verb's builder allows an empty selector (the rollout verbs) or one is given.
            guard listing || !selector.isEmpty || context.flags.bool("all") else { throw .error(noName) }
            for group in request.groups {
                do throws(APIError) {
                    let list = selector.request(group.type, namespace: context.namespace, accept: ServerRequest.MediaTypes.any)
                    let objects = try context.send(list) { () throws(APIError) in
                        try cluster.authorize(AccessRequest(verb: "list", group.type, namespace: context.namespace), as: context.user)
                        return try selector.list(cluster, group.type, namespace: context.namespace)
                    }
                    for object in objects {
                        targets.items.append(item(group.type, object, allowed: allowed, unsupported: unsupported))
                    }
                } catch {
                    throw .server(error)
                }
            }
            return targets
        }
        for group in request.groups {
            for name in group.names {
                do throws(KubectlFailure) {
                    let access = AccessRequest(verb: "get", group.type, namespace: context.namespace, name: name)
                    let get = ServerRequest.get(
                        group.type, namespace: context.namespace, name: name, accept: ServerRequest.MediaTypes.any)
                    do {
                        let object = try context.send(get) { () throws(APIError) in
                            try cluster.authorize(access, as: context.user)
                            return try cluster.get(group.type, namespace: context.namespace, name: name)
                        }
                        targets.items.append(item(group.type, object, allowed: allowed, unsupported: unsupported))
                    } catch {
                        throw .server(error)
                    }
                } catch {
                    targets.items.append(.unfetched(error))
                }
            }
        }
        return targets
    }

    /// `deployment.apps/web`, as kubectl names the object in what it prints.
    var displayName: String { "\(type.qualifiedKind)/\(object.name)" }

    /// `deployments.apps "web"`, as kubectl names the object in its errors.
    var errorName: String { "\(type.qualifiedPlural) \"\(object.name)\"" }

    /// Writes `updated` back as the client's PATCH of the object; a refusal is the apiserver's
    /// error, or with `failure` kubectl's own words before the apiserver's message.
    /// `manager` is the command's default field manager, which `--field-manager` overrides.
    /// The PATCH is logged as `request`, by default the strategic merge patch of the rollout
    /// verbs' REST client naming the field manager.
    func write(
        _ updated: KubeObject, failure: String? = nil, manager: String, context: VerbContext, request: ServerRequest? = nil
    ) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        let fieldManager = FieldManager(context.flags.string("field-manager") ?? manager)
        let patch =
            request
            ?? Annotate.patchRequest(
                updated, type: type, dryRun: .none, context: context, manager: manager, patchType: .strategic,
                accept: ServerRequest.MediaTypes.any)
        do throws(APIError) {
            return try context.send(patch) { () throws(APIError) in
                try cluster.authorize(
                    AccessRequest(verb: "patch", type, namespace: updated.namespace, name: updated.name), as: context.user)
                return try cluster.replace(updated, manager: fieldManager)
            }
        } catch {
            if let failure { throw .error(failure + error.message) }
            throw .server(error)
        }
    }

    /// Sends a rollbacker's PATCH of `updated` (a server dry run is only logged); a refusal is
    /// worded as restoring `toRevision` failed.
    func rollBack(_ updated: KubeObject, toRevision: Int, dryRun: DryRun, context: VerbContext) throws(KubectlFailure) {
        if dryRun == .none {
            _ = try write(
                updated, failure: RolloutUndo.restoreFailed(toRevision), manager: "kubectl", context: context,
                request: rollbackRequest(dryRun: dryRun))
        } else if dryRun == .server {
            context.requestLog?.answered(rollbackRequest(dryRun: dryRun), status: 200)
        }
    }

    /// The PATCH a rollbacker's typed client sends (a JSON patch of a Deployment, a strategic
    /// merge patch of the others), naming no field manager.
    func rollbackRequest(dryRun: DryRun) -> ServerRequest {
        .patch(
            type, namespace: object.namespace, name: object.name, patchType: type == .deployments ? .json : .strategic,
            query: dryRun == .server ? ["dryRun": "All"] : [:], accept: ServerRequest.MediaTypes.protobuf)
    }

    static let requiredResource = "required resource not specified"
    static let noName = "resource(s) were provided, but no name was specified"
}
