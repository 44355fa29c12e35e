import KubeAPI

/// Who owns whom, as the garbage collector's graph builder sees it: owners by UID, and the
/// objects that are waiting for the collector before they may go.
struct OwnershipGraph {
    /// One object in the graph.
    struct Node {
        var type: ResourceType
        var object: KubeObject
    }

    /// A dependent and whether its reference blocks the owner's foreground deletion.
    struct Dependent {
        var type: ResourceType
        var object: KubeObject
        var blocksOwnerDeletion: Bool
    }

    /// Objects that name at least one owner.
    private(set) var dependentObjects: [Node] = []
    /// Objects being deleted that still carry the `orphan` or `foregroundDeletion` finalizer.
    private(set) var deletingOwners: [Node] = []
    private var dependentsByOwner: [String: [Dependent]] = [:]

    init(objects: [(ResourceType, KubeObject)]) {
        for (type, object) in objects {
            let references = object.value.member("metadata", "ownerReferences").array
            if !references.isEmpty {
                dependentObjects.append(Node(type: type, object: object))
                for reference in references {
                    guard let uid = reference["uid"].string else { continue }
                    let blocks = reference["blockOwnerDeletion"].bool == true
                    dependentsByOwner[uid, default: []].append(
                        Dependent(type: type, object: object, blocksOwnerDeletion: blocks))
                }
            }
            if object.deletionTimestamp != nil, object.holdsGarbageCollectorFinalizer {
                deletingOwners.append(Node(type: type, object: object))
            }
        }
    }

    /// The objects whose references name `uid`.
    func dependents(of uid: String) -> [Dependent] { dependentsByOwner[uid] ?? [] }
}
