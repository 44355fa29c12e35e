import Cluster
import KubeAPI

/// The objects `-f` or `-k` names for the verbs that act on objects in place (`label`, `patch`,
/// `scale`, `rollout`, ...): with `--local` the manifests themselves, which never reach the
/// server; otherwise the live objects the manifests name. Resource arguments beside them are
/// refused, as kubectl's resource builder refuses them. `fetchFailed`, when given, takes a
/// live object that cannot be read, and the others are still visited. Without `fetching`, the
/// manifests' objects placed in their namespaces, for a builder that does not fetch (`scale`'s).
enum ManifestTargets {
    static func forEach(
        _ context: VerbContext, resources: [String] = [], local: Bool = false, fetching: Bool = true,
        visitFailure: (String) -> KubectlFailure = KubectlFailure.error,
        severalFailures: ([String]) -> KubectlFailure = { KubectlFailure($0.joined(separator: "\n")) },
        fetchFailed: ((KubectlFailure) -> Void)? = nil, accept: String = ServerRequest.MediaTypes.json,
        _ body: (ResourceType, KubeObject) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        try forEachSourced(
            context, resources: resources, local: local, fetching: fetching, visitFailure: visitFailure,
            severalFailures: severalFailures, fetchFailed: fetchFailed, accept: accept
        ) { type, object, _ throws(KubectlFailure) in try body(type, object) }
    }

    /// As `forEach`, telling `body` the source each object's manifest came from (a file as
    /// given, a URL, or `STDIN`), for the errors kubectl names it in.
    static func forEachSourced(
        _ context: VerbContext, resources: [String] = [], local: Bool = false, fetching: Bool = true,
        visitFailure: (String) -> KubectlFailure = KubectlFailure.error,
        severalFailures: ([String]) -> KubectlFailure = { KubectlFailure($0.joined(separator: "\n")) },
        fetchFailed: ((KubectlFailure) -> Void)? = nil, accept: String = ServerRequest.MediaTypes.json,
        _ body: (ResourceType, KubeObject, String) throws(KubectlFailure) -> Void
    ) throws(KubectlFailure) {
        let files = context.flags.strings("filename")
        try ManifestFiles.checkOptions(files, context)
        try refuse(resources)
        let (manifests, listFailures) = try ManifestFiles.gathering(
            files, context, visitFailure: visitFailure, severalFailures: severalFailures, lookups: local ? .none : .eachDocument)
        for (manifest, source) in manifests {
            guard !local else {
                guard let type = context.lab.resourceType(apiVersion: manifest.apiVersion, kind: manifest.kind) else {
                    throw .error("unable to recognize \(GoSyntax.quoted(source)): no matches for kind \(GoSyntax.quoted(manifest.kind)) in version \(GoSyntax.quoted(manifest.apiVersion))")
                }
                try body(type, manifest, source)
                continue
            }
            let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            guard fetching else {
                try body(type, object, source)
                continue
            }
            // A builder that continues on errors gathers an object it cannot fetch and goes on.
            guard let fetchFailed else {
                try body(type, try live(object, type: type, context, accept: accept), source)
                continue
            }
            switch Result(catching: { () throws(KubectlFailure) in try live(object, type: type, context, accept: accept) }) {
            case .success(let found): try body(type, found, source)
            case .failure(let failure): fetchFailed(failure)
            }
        }
        // List items that could not be mapped are reported once the others were visited.
        if !listFailures.isEmpty { throw KubectlFailure(listFailures.lines.joined(separator: "\n")) }
    }

    /// The builder's refusal of resource arguments given with manifests: `TYPE/NAME` forms are
    /// named as such, anything else as resource arguments.
    static func refuse(_ resources: [String]) throws(KubectlFailure) {
        guard !resources.isEmpty else { return }
        if resources.allSatisfy({ $0.contains("/") }) {
            throw .error("resource/name arguments cannot be provided when a path is specified")
        }
        throw .error(argumentsWithPaths)
    }

    static let argumentsWithPaths =
        "when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well"

    /// The live object a manifest names, fetched as the user may (the GET logged asking for `accept`).
    static func live(
        _ object: KubeObject, type: ResourceType, _ context: VerbContext, accept: String = ServerRequest.MediaTypes.json
    ) throws(KubectlFailure) -> KubeObject {
        let cluster = try context.cluster
        let access = AccessRequest(verb: "get", type, namespace: object.namespace, name: object.name)
        do {
            let get = ServerRequest.get(type, namespace: object.namespace, name: object.name, accept: accept)
            return try context.send(get) { () throws(APIError) in
                try cluster.authorize(access, as: context.user)
                return try cluster.get(type, namespace: object.namespace, name: object.name)
            }
        } catch {
            throw .server(error)
        }
    }

    /// Why `--local` was refused, or nil: it needs `-f` (or `-k`) and no resource arguments, and cannot
    /// ask the server for a dry run. `example` is the file kind the verb's message suggests.
    static func localProblem(
        _ context: VerbContext, resources: [String], dryRun: DryRun, example: String
    ) -> KubectlFailure? {
        if dryRun == .server { return .error("cannot specify --local and --dry-run=server - did you mean --dry-run=client?") }
        if !ManifestFiles.given(context) || !resources.isEmpty {
            return .error("can only use local files by -f \(example).yaml or --filename=\(example).json when --local=true is set")
        }
        return nil
    }
}
