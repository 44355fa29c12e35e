import KubeAPI

/// Server-side apply through a subresource (`kubectl apply --server-side --subresource=...`).
extension Cluster {
    /// `status` applies the configuration's status and the labels and annotations the kind's
    /// status strategy lets through, as it resets the rest; `scale` takes only an autoscaling/v1 Scale, which no manifest kubectl can map is.
    func applySubresource(
        _ name: String, _ config: KubeObject, type: ResourceType, manager: String, force: Bool, dryRun: Bool,
        as user: UserInfo?
    ) throws(APIError) -> (object: KubeObject, created: Bool) {
        guard let subresource = type.subresources.first(where: { $0.name == name }) else { throw Self.noSuchPath }
        switch name {
        case "status":
            var status = KubeObject(["apiVersion": .string(config.apiVersion), "kind": .string(config.kind)])
            status[path: "metadata.name"] = .string(config.name)
            if let namespace = config.namespace { status[path: "metadata.namespace"] = .string(namespace) }
            // The status strategy keeps what the client sets of the metadata, but what it resets.
            for key in Self.statusWritableMetadata(type) where !config.metadata[key].isNull {
                status[path: "metadata.\(key)"] = config.metadata[key]
            }
            if !config.value["status"].isNull { status.value["status"] = config.value["status"] }
            return try apply(status, type: type, manager: manager, force: force, dryRun: dryRun, as: user, subresource: name)
        case "scale":
            try authorize(AccessRequest(verb: "patch", type, subresource: name, namespace: config.namespace, name: config.name), as: user)
            _ = try get(type, namespace: config.namespace, name: config.name)
            let expected = "\(subresource.group ?? type.group)/\(subresource.version ?? type.version)"
            throw APIError(
                reason: "BadRequest",
                message: "Incorrect version specified in apply patch. Specified patch version: \(config.apiVersion), expected: \(expected)",
                code: 400)
        default:
            throw .methodNotAllowed
        }
    }

    /// The apiserver's answer for a path it serves nothing at.
    public static let noSuchPath = APIError(reason: "NotFound", message: "the server could not find the requested resource", code: 404)
}
