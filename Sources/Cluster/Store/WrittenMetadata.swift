import KubeAPI
import OrderedCollections

/// What the store reads of an object's metadata on every write, picked out in one pass over
/// its members: read one by one, each field would scan the object and its metadata again.
struct WrittenMetadata {
    var name = ""
    var namespace: String?
    var uid = ""
    var resourceVersion: String?
    var ownerReferences = JSONValue.null
    var deletionTimestamp = JSONValue.null
    /// The UID of the owner reference marked `controller`, as `KubeObject.controllerUID` reads it.
    private(set) var controllerUID: String?

    init(_ object: KubeObject) {
        guard case .object(let metadata) = object.value["metadata"] else { return }
        metadata.withMembersInPlace { keys, values in
            for index in keys.indices { read(keys, values, at: index) }
        }
        for reference in ownerReferences.array where reference["controller"].bool == true {
            controllerUID = reference["uid"].string
            break
        }
    }

    /// Whether `deletionTimestamp` is set.
    var isBeingDeleted: Bool { !deletionTimestamp.isNull }

    /// Keeps the value at `index` if its key names a field the store reads; lengths are compared
    /// first, as most keys name none.
    @inline(__always)
    private mutating func read(
        _ keys: UnsafeBufferPointer<String>, _ values: UnsafeBufferPointer<JSONValue>, at index: Int
    ) {
        switch keys[index].utf8.count {
        case 3 where keys[index] == "uid": uid = values[index].string ?? ""
        case 4 where keys[index] == "name": name = values[index].string ?? ""
        case 9 where keys[index] == "namespace": namespace = values[index].string
        case 15 where keys[index] == "resourceVersion": resourceVersion = values[index].string
        case 15 where keys[index] == "ownerReferences": ownerReferences = values[index]
        case 17 where keys[index] == "deletionTimestamp": deletionTimestamp = values[index]
        default: break
        }
    }
}
