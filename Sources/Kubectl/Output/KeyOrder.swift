import OrderedCollections
import KubeAPI

extension OrderedDictionary where Key == String, Value == JSONValue {
    /// The positions of the members in key order, as the apiserver sorts them; nil when they are
    /// in that order already, so printing sorted needs no sorted copy of the object.
    var keyOrder: [Int]? {
        let keys = self.keys
        var index = 1
        while index < keys.count, keys[index - 1] < keys[index] { index += 1 }
        guard index < keys.count else { return nil }
        return keys.indices.sorted { keys[$0] < keys[$1] }
    }
}
