import KubeAPI

/// Who owns whom, as the garbage collector's graph builder keeps it: the owners each object
/// names, the dependents of each owner UID, and the objects being deleted that wait for the
/// collector. It is brought up to date from the store's journal, so a pass costs what changed.
struct OwnershipIndex: Sendable {
    /// Where an object is stored.
    struct Location: Hashable, Sendable {
        var type: ResourceType
        var key: ObjectStore.Key
    }

    /// A dependent and whether its reference blocks the owner's foreground deletion.
    struct Dependent: Sendable {
        var location: Location
        var uid: String
        var blocksOwnerDeletion: Bool
    }

    /// One owner an object names.
    private struct Reference: Equatable, Sendable {
        var ownerUID: String
        var blocksOwnerDeletion: Bool
    }

    /// The object's UID and the owners it names, for each object that names any.
    private var references: [Location: (uid: String, owners: [Reference])] = [:]
    private var dependentsByOwner: [String: [Location: Dependent]] = [:]
    /// Objects being deleted that still carry the `orphan` or `foregroundDeletion` finalizer.
    private(set) var deletingOwners: Set<Location> = []

    /// Brings the entry for `location` up to date with what is stored there now (nil: nothing).
    mutating func update(_ location: Location, to object: KubeObject?) {
        let now = object.map(Self.references(of:)) ?? []
        let uid = object?.uid ?? ""
        let before = references[location]
        if before?.uid != uid || before?.owners != now {
            for reference in before?.owners ?? [] { removeDependent(at: location, of: reference.ownerUID) }
            references[location] = now.isEmpty ? nil : (uid, now)
            for reference in now {
                // Two references to one owner block its deletion when either does.
                var dependent = dependentsByOwner[reference.ownerUID]?[location]
                    ?? Dependent(location: location, uid: uid, blocksOwnerDeletion: false)
                dependent.blocksOwnerDeletion = dependent.blocksOwnerDeletion || reference.blocksOwnerDeletion
                dependentsByOwner[reference.ownerUID, default: [:]][location] = dependent
            }
        }
        if let object, object.deletionTimestamp != nil, object.holdsGarbageCollectorFinalizer {
            deletingOwners.insert(location)
        } else {
            deletingOwners.remove(location)
        }
    }

    /// Whether the object at `location` names an owner.
    func namesOwners(_ location: Location) -> Bool { references[location] != nil }

    /// The objects whose references name `uid`.
    func dependents(of uid: String) -> [Dependent] { dependentsByOwner[uid].map { Array($0.values) } ?? [] }

    private mutating func removeDependent(at location: Location, of ownerUID: String) {
        dependentsByOwner[ownerUID]?[location] = nil
        if dependentsByOwner[ownerUID]?.isEmpty == true { dependentsByOwner[ownerUID] = nil }
    }

    private static func references(of object: KubeObject) -> [Reference] {
        object.value.member("metadata", "ownerReferences").array.compactMap { reference in
            reference["uid"].string.map { Reference(ownerUID: $0, blocksOwnerDeletion: reference["blockOwnerDeletion"].bool == true) }
        }
    }
}
