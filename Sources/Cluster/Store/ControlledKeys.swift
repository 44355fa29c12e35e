/// The keys of one controller's objects of one type: which they are, and their order, kept as
/// `KeyOrder` keeps a type's, so listing them sorts only the keys added since the last list.
struct ControlledKeys: Sendable {
    typealias Key = ObjectStore.Key

    private(set) var members: Set<Key> = []
    private var order = KeyOrder()

    mutating func insert(_ key: Key) {
        if members.insert(key).inserted { order.added.append(key) }
    }

    mutating func remove(_ key: Key) {
        if members.remove(key) != nil { order.removed.append(key) }
    }

    /// The keys in order.
    mutating func sorted() -> [Key] {
        let members = members
        order.settle { members.contains($0) }
        return order.sorted
    }
}
