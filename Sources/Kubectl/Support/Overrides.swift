import Cluster
import KubeAPI
import OrderedCollections

/// `--overrides` and `--override-type`: a patch applied to the object a command generated.
enum Overrides {
    static let flags: [FlagSpec] = [FlagSpec("overrides"), FlagSpec("override-type")]

    static func apply(to object: KubeObject, as type: ResourceType, context: VerbContext) throws(KubectlFailure) -> KubeObject {
        let flags = context.flags
        guard let text = flags.string("overrides"), !text.isEmpty else { return object }
        let resourceType = type
        let type = flags.string("override-type").flatMap { $0.isEmpty ? nil : $0 } ?? "merge"
        guard Patch.types.contains(type) else { throw .error("invalid override type: \(type)") }
        let patch = try Patch.parse(text, shown: text)
        switch Result(catching: { () throws(PatchError) in try Patch.apply(type, patch, to: object.value, meta: context.lab.patchMeta(for: resourceType)) }) {
        case .success(let value):
            // The result is decoded into Go structs again: string maps come out sorted by key.
            var object = KubeObject(value)
            for path in ["metadata.labels", "metadata.annotations", "spec.selector", "spec.nodeSelector"] {
                let map = object[path: path]
                if case .object(let members) = map, members.values.allSatisfy({ $0.string != nil }) {
                    object[path: path] = .stringMap(map.stringMap)
                }
            }
            return object
        case .failure(let error): throw .error(error.message)
        }
    }
}
