import KubeAPI
import OrderedCollections

extension OrderedDictionary<String, JSONValue> {
    /// Hands `body` the keys and values where they lie, so reading a member copies only what is
    /// kept (`WrittenMetadata`); copied first only when they are not contiguous.
    func withMembersInPlace(_ body: (UnsafeBufferPointer<String>, UnsafeBufferPointer<JSONValue>) -> Void) {
        let done = keys.withContiguousStorageIfAvailable { keys in
            values.withContiguousStorageIfAvailable { values in body(keys, values) } != nil
        }
        guard done != true else { return }
        Array(keys).withUnsafeBufferPointer { keys in
            Array(values).withUnsafeBufferPointer { values in body(keys, values) }
        }
    }
}
