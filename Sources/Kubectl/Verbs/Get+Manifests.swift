import KubeAPI

extension Get {
    /// `get -f FILE` or `get -k DIR`: the objects the manifests name, grouped by type as
    /// `TYPE/NAME` arguments would be, and the namespace they are in. A failure to read them is
    /// bare for the table printers, which gather errors in an aggregate of their own, and an
    /// error for the others, which reduce them to one. List items that could not be mapped are
    /// returned for `run` to print after what was found.
    static func manifestRequest(
        _ context: VerbContext, humanReadable: Bool
    ) throws(KubectlFailure) -> (ResourceRequest, String, ListItemFailures) {
        var groups: [(type: ResourceType, names: [String])] = []
        var namespace = context.namespace
        let (manifests, listFailures) = try ManifestFiles.gathering(
            context.flags.strings("filename"), context,
            visitFailure: humanReadable ? ManifestFiles.gatheredFailure : KubectlFailure.error)
        for (manifest, source) in manifests {
            let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            if let own = object.namespace { namespace = own }
            if let index = groups.firstIndex(where: { $0.type == type }) {
                groups[index].names.append(object.name)
            } else {
                groups.append((type, [object.name]))
            }
        }
        return (ResourceRequest(groups: groups, usedSlashForm: true), namespace, listFailures)
    }
}
