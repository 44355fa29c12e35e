import KubeAPI

extension Get {
    /// `get -f FILE` or `get -k DIR`: the objects the manifests name, grouped by type as
    /// `TYPE/NAME` arguments would be, and the namespace they are in.
    static func manifestRequest(_ context: VerbContext) throws(KubectlFailure) -> (ResourceRequest, String) {
        var groups: [(type: ResourceType, names: [String])] = []
        var namespace = context.namespace
        let manifests = try ManifestFiles.read(
            context.flags.strings("filename"), context, visitFailure: ManifestFiles.gatheredFailure)
        for (manifest, source) in manifests {
            let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            if let own = object.namespace { namespace = own }
            if let index = groups.firstIndex(where: { $0.type == type }) {
                groups[index].names.append(object.name)
            } else {
                groups.append((type, [object.name]))
            }
        }
        return (ResourceRequest(groups: groups, usedSlashForm: true), namespace)
    }
}
