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
    /// Whether `deletionTimestamp` is set.
    var isBeingDeleted = false
    /// The UID of the owner reference marked `controller`, as `KubeObject.controllerUID` reads it.
    private(set) var controllerUID: String?

    init(_ object: KubeObject) {
        guard case .object(let metadata) = object.value["metadata"] else { return }
        // The keys and values read where they lie, not copied out pair by pair.
        var readInPlace = false
        _ = metadata.keys.withContiguousStorageIfAvailable { (keys: UnsafeBufferPointer<String>) -> Void in
            _ = metadata.values.withContiguousStorageIfAvailable { (values: UnsafeBufferPointer<JSONValue>) -> Void in
                for index in keys.indices { read(keys[index], values[index]) }
                readInPlace = true
            }
        }
        if !readInPlace {
            for (key, value) in metadata { read(key, value) }
        }
        for reference in ownerReferences.array where reference["controller"].bool == true {
            controllerUID = reference["uid"].string
            break
        }
    }

    /// Keeps `value` if `key` is a field the store reads; lengths are compared first, as most
    /// keys are not.
    private mutating func read(_ key: String, _ value: JSONValue) {
        switch key.utf8.count {
        case 3 where key == "uid": uid = value.string ?? ""
        case 4 where key == "name": name = value.string ?? ""
        case 9 where key == "namespace": namespace = value.string
        case 15 where key == "resourceVersion": resourceVersion = value.string
        case 15 where key == "ownerReferences": ownerReferences = value
        case 17 where key == "deletionTimestamp": isBeingDeleted = !value.isNull
        default: break
        }
    }
}
