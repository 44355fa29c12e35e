import Cluster
import KubeAPI

extension Wait {
    /// The live objects `-f` manifests name (directories read recursively unless `-R=false`),
    /// fetched as kubectl's builder with `Latest` fetches them; what could not be mapped or
    /// fetched is gathered, a missing object ignored when waiting for its deletion.
    static func manifestTargets(
        _ context: VerbContext, resources: [String], ignoringNotFound: Bool
    ) throws(KubectlFailure) -> ([(ResourceType, KubeObject)], BuilderErrors) {
        try ManifestTargets.refuse(resources)
        let recursive = context.flags.isSet("recursive") ? context.flags.bool("recursive") : true
        let (manifests, listFailures) = try ManifestFiles.gathering(
            context.flags.strings("filename"), context, recursive: recursive)
        let cluster = try context.cluster
        var targets: [(ResourceType, KubeObject)] = []
        var errors = BuilderErrors()
        for group in listFailures.groups { errors.entries.append(.list(group.map(BuilderErrors.Message.init(plain:)))) }
        for (manifest, source) in manifests {
            let type: ResourceType, object: KubeObject
            do {
                (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            } catch {
                errors.append(error)
                continue
            }
            try context.authorize(AccessRequest(verb: "get", type, namespace: object.namespace, name: object.name))
            do {
                targets.append((type, try cluster.get(type, namespace: object.namespace, name: object.name)))
            } catch {
                if ignoringNotFound && error.reason == "NotFound" { continue }
                errors.append(error)
            }
        }
        return (targets, errors)
    }
}
