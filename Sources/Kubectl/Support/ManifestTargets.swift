import Cluster
import KubeAPI

/// The objects `-f` names for the verbs that change objects in place (`label`, `annotate`):
/// with `--local` the manifests themselves, which never reach the server; otherwise the live
/// objects the manifests name.
enum ManifestTargets {
    static func forEach(
        _ context: VerbContext, local: Bool, _ body: (ResourceType, KubeObject) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        for (manifest, source) in try ManifestFiles.read(context.flags.strings("filename"), context) {
            guard !local else {
                guard let type = context.lab.resourceType(apiVersion: manifest.apiVersion, kind: manifest.kind) else {
                    throw .error("unable to recognize \(GoSyntax.quoted(source)): no matches for kind \(GoSyntax.quoted(manifest.kind)) in version \(GoSyntax.quoted(manifest.apiVersion))")
                }
                try body(type, manifest)
                continue
            }
            let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            try body(type, try live(object, type: type, context))
        }
    }

    /// The live object a manifest names, fetched as the user may.
    static func live(_ object: KubeObject, type: ResourceType, _ context: VerbContext) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        try context.authorize(AccessRequest(verb: "get", type, namespace: object.namespace, name: object.name))
        do {
            return try cluster.get(type, namespace: object.namespace, name: object.name)
        } catch {
            throw .server(error)
        }
    }

    /// Why `--local` was refused, or nil: it needs `-f` and no resource arguments, and cannot
    /// ask the server for a dry run. `example` is the file kind the verb's message suggests.
    static func localProblem(
        _ context: VerbContext, resources: [String], dryRun: DryRun, example: String
    ) -> KubectlFailure? {
        if dryRun == .server { return .error("cannot specify --local and --dry-run=server - did you mean --dry-run=client?") }
        if context.flags.strings("filename").isEmpty || !resources.isEmpty {
            return .error("can only use local files by -f \(example).yaml or --filename=\(example).json when --local=true is set")
        }
        return nil
    }
}
