import KubeAPI
import OrderedCollections

/// The key orders of mappings already written in one document, so that the many objects of one
/// shape in a list (every pod's metadata, every condition) are sorted once, not once each.
///
/// An order is found again by comparing key lists, which costs less than checking the order
/// anew; a few lists of each length are kept, the oldest forgotten first.
struct KeyOrderCache {
    /// Which order: the apiserver's JSON (bytes) or go-yaml v2's.
    enum Order { case json, yaml }

    private struct Entry {
        var keys: [String]
        var order: [Int]?
    }

    /// Recent key lists and their orders, by length and order.
    private var entries: [Int: [Entry]] = [:]
    private static let kept = 8

    /// The positions of `members` in `order`, nil when they are in it already (`keyOrder`, `yamlKeyOrder`).
    mutating func positions(of members: OrderedDictionary<String, JSONValue>, in order: Order) -> [Int]? {
        // Two keys are compared once either way.
        guard members.count > 2 else { return Self.compute(members, order) }
        let keys = members.keys.elements
        let slot = members.count &* 2 &+ (order == .yaml ? 1 : 0)
        if let found = entries[slot]?.first(where: { $0.keys == keys }) { return found.order }
        let computed = Self.compute(members, order)
        entries[slot, default: []].append(Entry(keys: keys, order: computed))
        if entries[slot]!.count > Self.kept { entries[slot]!.removeFirst() }
        return computed
    }

    private static func compute(_ members: OrderedDictionary<String, JSONValue>, _ order: Order) -> [Int]? {
        order == .yaml ? members.yamlKeyOrder : members.keyOrder
    }
}
