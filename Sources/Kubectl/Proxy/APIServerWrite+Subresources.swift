import Cluster
import KubeAPI

/// Writes to a subresource (`.../pods/NAME/eviction`): a path discovery does not list is one
/// nothing serves (404); a method the subresource's verbs leave out is 405. A pod's eviction
/// and binding are created from their bodies and answered with a Success Status; exec, attach
/// and port-forward are streams that a plain POST cannot open.
extension APIServerWrite {
    /// One request to a subresource of an object.
    struct SubresourceRequest {
        var method: String
        var type: ResourceType
        var namespace: String?
        var name: String
        var subresource: String
        var query: String
    }

    func send(_ request: SubresourceRequest, body: String) throws(APIError) -> Answer {
        let type = request.type
        guard let subresource = type.subresources.first(where: { $0.name == request.subresource }) else { throw Cluster.noSuchPath }
        let verb = Self.verbs[request.method] ?? ""
        guard subresource.verbs.contains(verb) else { throw .methodNotAllowed }
        try cluster.authorize(
            AccessRequest(verb: verb, type, subresource: subresource.name, namespace: request.namespace, name: request.name), as: user)
        // The create and update handlers read their options; a stream's connect handler reads none.
        if !Self.streams.contains(subresource.name), let kind = Self.optionsKind[request.method] { try options.validate(kind) }
        switch (type.plural, subresource.name, request.method) {
        case ("pods", "eviction", "POST"):
            try evict(body, request)
            return Self.created
        case ("pods", "binding", "POST"):
            var (binding, _) = try decode(body, as: .bindings)
            try checkName(binding, request, kind: "Binding")
            try placeInNamespace(&binding, request.namespace)
            try cluster.bind(binding, namespace: request.namespace, dryRun: options.isDryRun)
            return Self.created
        case ("pods", "exec", "POST"), ("pods", "attach", "POST"), ("pods", "portforward", "POST"):
            try checkStreamTarget(request)
            // The upgrade-aware proxy wants a connection upgrade before it reaches the kubelet.
            throw Self.badRequest("Upgrade request required")
        case ("serviceaccounts", "token", "POST"):
            return try requestToken(body, request)
        case (_, "scale", "PUT"):
            return try updateScale(body, request)
        case ("namespaces", "finalize", "PUT"):
            return try finalizeNamespace(body, request)
        case (_, "status", "PUT"):
            return try update(body, type: type, namespace: request.namespace, name: request.name, subresource: subresource.name)
        default:
            throw Cluster.noSuchPath
        }
    }

    /// `EvictionREST.Create`: the pod goes as its disruption budget allows, with the
    /// Eviction's delete options. The Eviction may be `policy/v1` or `policy/v1beta1`.
    private func evict(_ body: String, _ request: SubresourceRequest) throws(APIError) {
        var (eviction, _) = try decode(body, as: Self.evictions, otherVersions: ["policy/v1beta1"])
        eviction.value["metadata"] = Self.wipingSystemFields(eviction.metadata)
        try placeInNamespace(&eviction, request.namespace)
        try checkName(eviction, request, kind: "Eviction")
        let deleteOptions = DeleteOptionsBody(eviction.value["deleteOptions"])
        try cluster.evict(
            namespace: request.namespace, name: request.name, gracePeriodSeconds: deleteOptions.gracePeriodSeconds,
            dryRun: deleteOptions.dryRun || options.isDryRun)
    }

    private func checkName(_ object: KubeObject, _ request: SubresourceRequest, kind: String) throws(APIError) {
        guard object.name == request.name else { throw Self.badRequest("name in URL does not match name in \(kind) object") }
    }

    /// `streamLocation`: the pod must exist, the container (the `container` query parameter,
    /// else the only one) be one of its own, and the pod be on a node.
    private func checkStreamTarget(_ request: SubresourceRequest) throws(APIError) {
        let pod = try cluster.get(.pods, namespace: request.namespace, name: request.name)
        if request.subresource != "portforward" {
            let names = { (key: String) in pod[path: "spec.\(key)"].array.compactMap { $0["name"].string } }
            let container = Self.queryValue("container", in: request.query)
            if container.isEmpty {
                let containers = names("containers")
                if containers.isEmpty { throw Self.badRequest("a container name must be specified for pod \(pod.name)") }
                if containers.count > 1 {
                    var message = "a container name must be specified for pod \(pod.name), choose one of: [\(containers.joined(separator: " "))]"
                    let initContainers = names("initContainers")
                    if !initContainers.isEmpty { message += " or one of the init containers: [\(initContainers.joined(separator: " "))]" }
                    throw Self.badRequest(message)
                }
            } else if !(names("containers") + names("initContainers") + names("ephemeralContainers")).contains(container) {
                throw Self.badRequest("container \(container) is not valid for pod \(pod.name)")
            }
        }
        if (pod[path: "spec.nodeName"].string ?? "").isEmpty {
            throw Self.badRequest("pod \(pod.name) does not have a host assigned")
        }
    }

    /// `WipeObjectMetaSystemFields`: what a client may not set on an object it creates.
    private static func wipingSystemFields(_ metadata: JSONValue) -> JSONValue {
        var metadata = metadata
        for key in ["creationTimestamp", "uid", "deletionTimestamp", "deletionGracePeriodSeconds", "selfLink"] { metadata[key] = nil }
        return metadata
    }

    /// The first value of a query parameter, percent-decoded; empty when absent.
    static func queryValue(_ key: String, in query: String) -> String {
        WriteOptions.pairs(query).first { $0.0 == key }?.1 ?? ""
    }

    /// The subresources that stream (served by a connect handler).
    private static let streams: Set<String> = ["exec", "attach", "portforward"]

    /// The RBAC verb of each method a subresource may serve.
    private static let verbs = ["POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete", "GET": "get"]

    /// The Eviction body's own type, as the eviction subresource decodes it.
    private static let evictions = ResourceType(
        "evictions", singular: "eviction", group: "policy", version: "v1", kind: "Eviction", verbs: ["create"])

    /// The create handler's answer when the storage returns a Success Status: the Status, coded 201.
    private static let created = Answer(object: ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "code": 201])
}
