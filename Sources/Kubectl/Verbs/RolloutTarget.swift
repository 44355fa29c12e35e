import Cluster
import KubeAPI

/// The one object a rollout, scale or set verb acts on: `TYPE NAME` or `TYPE/NAME`.
struct RolloutTarget {
    var type: ResourceType
    var object: KubeObject

    /// Resolves `arguments` to a stored object of one of `allowed` types (others: `unsupported`).
    static func resolve(
        _ arguments: [String], context: VerbContext, verb: String, allowed: [ResourceType] = [.deployments],
        unsupported: (ResourceType, String) -> String
    ) throws(KubectlFailure) -> RolloutTarget {
        guard !arguments.isEmpty else { throw .error(requiredResource) }
        let request = try ResourceRequest.parse(arguments)
        guard let group = request.groups.first, let name = group.names.first else {
            throw .error(noName)
        }
        let cluster = try context.cluster
        try context.authorize(AccessRequest(verb: "get", group.type, namespace: context.namespace, name: name))
        let object: KubeObject
        do {
            object = try cluster.get(group.type, namespace: context.namespace, name: name)
        } catch {
            throw .server(error)
        }
        // kubectl fetches the object first, then finds it has no viewer or changer for its kind.
        guard allowed.contains(group.type) else { throw .error(unsupported(group.type, name)) }
        return RolloutTarget(type: group.type, object: object)
    }

    /// Each object the verb acts on: with `-f` or `-k` every live object the manifests name, each
    /// refused on its own when not of an `allowed` type; otherwise the one `resolve` finds.
    /// `visitFailure` words a failure to read the manifests, for the verbs that gather those;
    /// with `local` the manifests themselves are the targets.
    static func resolveAll(
        _ arguments: [String], context: VerbContext, verb: String, allowed: [ResourceType] = [.deployments],
        local: Bool = false, visitFailure: (String) -> KubectlFailure = KubectlFailure.error,
        unsupported: (ResourceType, String) -> String
    ) throws(KubectlFailure) -> [Result<RolloutTarget, KubectlFailure>] {
        guard ManifestFiles.given(context) else {
            return [.success(try resolve(arguments, context: context, verb: verb, allowed: allowed, unsupported: unsupported))]
        }
        var targets: [Result<RolloutTarget, KubectlFailure>] = []
        try ManifestTargets.forEach(context, resources: arguments, local: local, visitFailure: visitFailure) { type, object in
            targets.append(
                allowed.contains(type)
                    ? .success(RolloutTarget(type: type, object: object)) : .failure(.error(unsupported(type, object.name))))
        }
        return targets
    }

    /// Runs `body` on each target, gathering the failures (and the targets refused) into one
    /// aggregate at the end, as the rollout and set verbs do. `worded`: the verb words each
    /// failure itself (`error: ...`, kept as it is), as `restart`, `pause`, `resume` and `set`
    /// do; otherwise it is a plain error, which kubectl prefixes only when it is alone.
    static func forEachGathering(
        _ targets: [Result<RolloutTarget, KubectlFailure>], worded: Bool,
        _ body: (RolloutTarget) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        var failures: [GatheredError] = []
        for target in targets {
            do {
                try body(try target.get())
            } catch {
                let plain = error.message.hasPrefix("error: ") && !worded
                failures.append(plain ? .plain(String(error.message.dropFirst("error: ".count))) : .worded(error.message))
            }
        }
        if !failures.isEmpty { throw .aggregate(failures) }
    }

    /// `deployment.apps/web`, as kubectl names the object in what it prints.
    var displayName: String { "\(type.qualifiedKind)/\(object.name)" }

    /// `deployments.apps "web"`, as kubectl names the object in its errors.
    var errorName: String { "\(type.qualifiedPlural) \"\(object.name)\"" }

    /// Writes `updated` back as the client's PATCH of the object; a refusal is the apiserver's
    /// error, or with `failure` kubectl's own words before the apiserver's message.
    /// `manager` is the command's default field manager, which `--field-manager` overrides.
    func write(
        _ updated: KubeObject, failure: String? = nil, manager: String, context: VerbContext
    ) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        let fieldManager = FieldManager(context.flags.string("field-manager") ?? manager)
        do throws(APIError) {
            try cluster.authorize(AccessRequest(verb: "patch", type, namespace: updated.namespace, name: updated.name), as: context.user)
            return try cluster.replace(updated, manager: fieldManager)
        } catch {
            if let failure { throw .error(failure + error.message) }
            throw .server(error)
        }
    }

    static let requiredResource = "required resource not specified"
    static let noName = "resource(s) were provided, but no name was specified"
}
