import Cluster
import KubeAPI

extension CertificateDecision {
    /// Visits each named request (or each object the manifests name) as kubectl's builder does,
    /// going on past errors: reads it, decides, writes the approval unless nothing changes
    /// (`--force` writes anyway), and prints it as it was read. Errors are gathered and printed
    /// at the end.
    func run(_ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        try ObjectOutput.checkFormat(flags.string("output"), context: context)
        let names = flags.positionals
        let files = flags.strings("filename")
        if names.isEmpty, files.isEmpty, flags.string("kustomize") == nil { throw .error(Self.noRequests) }
        var failures: [GatheredError] = []
        var found = 0
        let printer = CommandPrinter()
        for (type, namespace, name) in try targets(names, files: files, context) {
            let cluster = try context.cluster
            let object: KubeObject
            do throws(APIError) {
                try cluster.authorize(
                    AccessRequest(verb: "get", type, namespace: namespace, name: name), as: context.user)
                object = try cluster.get(type, namespace: namespace, name: name)
            } catch {
                failures.append(.worded(error.kubectlMessage))
                continue
            }
            guard type == .certificateSigningRequests else {
                let kind = type.group.isEmpty ? type.kind : "\(type.kind).\(type.group)"
                failures.append(
                    .plain("can only handle CertificateSigningRequest.certificates.k8s.io objects, got \(kind)"))
                continue
            }
            let decided: KubeObject?
            switch decide(object, now: cluster.now) {
            case .success(let updated): decided = updated
            case .failure(let failure):
                failures.append(failure)
                continue
            }
            if let request = decided ?? (flags.bool("force") ? object : nil) {
                do throws(APIError) {
                    try cluster.replaceApproval(
                        request, as: context.user, manager: FieldManager("kubectl", subresource: "approval"))
                } catch {
                    failures.append(.worded(error.kubectlMessage))
                    continue
                }
            }
            found += 1
            _ = try ObjectOutput.print(
                object, type: type, operation: operation, output: flags.string("output"), dryRun: .none,
                context: context,
                fetched: true, printer: printer)
        }
        guard failures.isEmpty else { throw .aggregate(failures) }
        if found == 0 { context.io.out(Self.noneFound) }
        return 0
    }

    /// The type, namespace and name of each object to visit: `NAME` (a request) or `TYPE/NAME`, or what
    /// the manifests name; names and manifests together are refused.
    private func targets(_ names: [String], files: [String], _ context: VerbContext) throws(KubectlFailure) -> [(
        ResourceType, String?, String
    )] {
        guard files.isEmpty, context.flags.string("kustomize") == nil else {
            if !names.isEmpty { throw .error("resource/name arguments cannot be provided when a path is specified") }
            var targets: [(ResourceType, String?, String)] = []
            for (manifest, source) in try ManifestFiles.read(files, context) {
                let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
                targets.append((type, object.namespace, object.name))
            }
            return targets
        }
        var targets: [(ResourceType, String?, String)] = []
        for name in names {
            guard name.contains("/") else {
                targets.append((.certificateSigningRequests, nil, name))
                continue
            }
            let parts = name.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                throw .error("arguments in resource/name form may not have more than one slash")
            }
            guard !parts[0].isEmpty, !parts[1].isEmpty, !parts[0].contains(",") else {
                throw .error("arguments in resource/name form must have a single resource and name")
            }
            guard let type = ResourceResolver.resolve(parts[0]) else {
                throw .error("the server doesn't have a resource type \(GoSyntax.quoted(parts[0]))")
            }
            targets.append((type, type.namespaced ? context.namespace : nil, parts[1]))
        }
        return targets
    }
}
