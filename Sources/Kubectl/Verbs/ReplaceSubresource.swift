import Cluster
import KubeAPI

/// `kubectl replace --subresource=NAME`: the manifest PUT to the object's subresource. Through
/// `status` only the status changes; `scale` decodes its body as an autoscaling/v1 Scale,
/// which a manifest of the object's own kind does not convert to.
extension Replace {
    static func replaceSubresource(
        _ name: String, _ object: KubeObject, type: ResourceType, dryRun: DryRun, cluster: Cluster
    ) throws(APIError) -> KubeObject {
        guard let subresource = type.subresources.first(where: { $0.name == name }) else { throw Cluster.noSuchPath }
        guard subresource.verbs.contains("update") else { throw .methodNotAllowed }
        switch name {
        case "status":
            return try cluster.replaceStatus(object, dryRun: dryRun == .server)
        case "scale":
            let version = String(object.apiVersion.split(separator: "/").last ?? "")
            let kind = subresource.kind ?? type.kind
            let target = "\(subresource.group ?? type.group).\(kind)"
            throw APIError(
                reason: "BadRequest",
                message: "\(object.kind) in version \(GoSyntax.quoted(version)) cannot be handled as a \(kind): "
                    + "converting (\(version).\(object.kind)) to (\(target)): unknown conversion",
                code: 400)
        default:
            throw .methodNotAllowed
        }
    }
}
