import Cluster
import KubeAPI

extension Get {
    /// One document of `get -f` manifests, in the order kubectl's builder visits them: an
    /// object, or a list's mapped items with the failures of the others.
    enum ManifestEntry {
        case object(ResourceType, String)
        case list([(ResourceType, String)], failures: [String])
    }

    /// `get -f FILE` or `get -k DIR`: the objects the manifests name, grouped by type as
    /// `TYPE/NAME` arguments would be, the namespace they are in, the documents in order for
    /// the errors, and whether one file was read. A failure to read them is bare for the table printers, which gather errors in
    /// an aggregate of their own, and an error for the others, which reduce them to one.
    static func manifestRequest(
        _ context: VerbContext, humanReadable: Bool
    ) throws(KubectlFailure) -> (ResourceRequest, String, [ManifestEntry], singleSource: Bool) {
        var groups: [(type: ResourceType, names: [String])] = []
        var namespace = context.namespace
        let (manifests, listFailures) = try ManifestFiles.gathering(
            context.flags.strings("filename"), context,
            visitFailure: humanReadable ? ManifestFiles.gatheredFailure : KubectlFailure.error)
        var named: [(ResourceType, String)] = []
        for (manifest, source) in manifests {
            let (type, object) = try ManifestFiles.resolve(manifest, source: source, context)
            if let own = object.namespace { namespace = own }
            named.append((type, object.name))
            if let index = groups.firstIndex(where: { $0.type == type }) {
                groups[index].names.append(object.name)
            } else {
                groups.append((type, [object.name]))
            }
        }
        var entries: [ManifestEntry] = []
        var index = 0
        for list in listFailures.lists {
            while index < list.items.lowerBound {
                entries.append(.object(named[index].0, named[index].1))
                index += 1
            }
            entries.append(.list(Array(named[list.items]), failures: list.failures))
            index = list.items.upperBound
        }
        entries += named[index...].map { .object($0.0, $0.1) }
        // The builder implies a single item when it read one file, named as such.
        let files = context.flags.strings("filename")
        let singleSource = files.count == 1 && files[0] != "-" && context.listDirectory?(files[0]) == nil
            && ManifestFiles.kustomization(context) == nil
        return (ResourceRequest(groups: groups, usedSlashForm: true), namespace, entries, singleSource)
    }

    /// What kubectl's builder gathers fetching the manifests' objects (with `Latest`): per
    /// document, its object's error, or a list's failures with its missing items'.
    static func manifestErrors(
        _ entries: [ManifestEntry], ignoringNotFound: Bool, fetch: (ResourceType, String) throws(APIError) -> Void
    ) -> BuilderErrors {
        var errors = BuilderErrors()
        func failure(_ type: ResourceType, _ name: String) -> APIError? {
            do throws(APIError) {
                try fetch(type, name)
                return nil
            } catch {
                return ignoringNotFound && error.reason == "NotFound" ? nil : error
            }
        }
        for entry in entries {
            switch entry {
            case .object(let type, let name):
                if let error = failure(type, name) { errors.append(error) }
            case .list(let items, let failures):
                let messages = failures.map(BuilderErrors.Message.init(plain:)) + items.compactMap { failure($0.0, $0.1).map(BuilderErrors.Message.init) }
                if !messages.isEmpty { errors.entries.append(.list(messages)) }
            }
        }
        return errors
    }
}
