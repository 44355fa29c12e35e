import Cluster
import KubeAPI

/// Writes to the subresources that take an object of their own: a ServiceAccount's `token`
/// (a TokenRequest, answered with the token in its status), a workload's `scale` (an
/// autoscaling/v1 Scale, answered with the Scale after the update) and a namespace's `finalize`
/// (the Namespace, answered with it as written).
extension APIServerWrite {
    /// `TokenREST.Create`: the body's name and namespace, when given, must be the account's.
    func requestToken(_ body: String, _ request: SubresourceRequest) throws(APIError) -> Answer {
        var (tokenRequest, warnings) = try decode(body, as: Self.tokenRequests)
        let namespace = request.namespace ?? ""
        var causes: [InvalidDetails.Cause] = []
        if !tokenRequest.name.isEmpty && tokenRequest.name != request.name {
            causes.append(.init(
                field: "metadata.name", message: "Invalid value: \(GoSyntax.quoted(tokenRequest.name)): must match the service account name if specified"))
        }
        if let own = tokenRequest.namespace, !own.isEmpty, own != namespace {
            causes.append(.init(
                field: "metadata.namespace", message: "Invalid value: \(GoSyntax.quoted(own)): must match the service account namespace if specified"))
        }
        if !causes.isEmpty {
            throw .invalid(kind: "TokenRequest", group: "authentication.k8s.io", name: request.name, causes: causes)
        }
        tokenRequest.namespace = namespace
        let spec = tokenRequest.value["spec"]
        var bound: Cluster.TokenRequestSpec.BoundObject?
        let reference = spec["boundObjectRef"]
        if !reference.isNull {
            bound = .init(
                kind: reference["kind"].string ?? "", apiVersion: reference["apiVersion"].string ?? "",
                name: reference["name"].string ?? "", uid: reference["uid"].string ?? "")
        }
        let issued = try cluster.requestToken(
            for: request.name, namespace: namespace,
            spec: .init(
                audiences: spec["audiences"].array.compactMap(\.string), expirationSeconds: spec["expirationSeconds"].int.map(Int64.init),
                boundObject: bound),
            as: user)
        return Answer(object: issued.value, warnings: warnings)
    }

    /// `ScaleREST.Update` of the Scale the body gives, which names the URL's object.
    func updateScale(_ body: String, _ request: SubresourceRequest) throws(APIError) -> Answer {
        var (scale, warnings) = try decode(body, as: Cluster.scales)
        guard scale.name == request.name else {
            throw Self.badRequest("the name of the object (\(scale.name)) does not match the name on the URL (\(request.name))")
        }
        try placeInNamespace(&scale, request.namespace)
        let scaleManager = FieldManager(manager.name, subresource: "scale")
        let updated = try cluster.updateScale(scale, of: request.type, dryRun: options.isDryRun, manager: scaleManager)
        return Answer(object: updated, warnings: warnings)
    }

    /// The namespace finalize REST's update of a Namespace body naming the URL's namespace.
    func finalizeNamespace(_ body: String, _ request: SubresourceRequest) throws(APIError) -> Answer {
        var (namespace, warnings) = try decode(body, as: .namespaces)
        guard namespace.name == request.name else {
            throw Self.badRequest("the name of the object (\(namespace.name)) does not match the name on the URL (\(request.name))")
        }
        namespace.namespace = nil
        let written = try cluster.finalizeNamespace(namespace, dryRun: options.isDryRun)
        return Answer(object: served(written, type: .namespaces), warnings: warnings)
    }

    /// A TokenRequest body's own type.
    static let tokenRequests = ResourceType(
        "tokenrequests", singular: "tokenrequest", group: "authentication.k8s.io", version: "v1", kind: "TokenRequest",
        verbs: ["create"])
}
