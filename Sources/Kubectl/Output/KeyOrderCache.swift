import KubeAPI
import OrderedCollections

/// The key orders of JSON objects already written in one document, so that the many objects of
/// one shape in a list (every pod's metadata, every condition) are sorted once, not once each.
/// (YAML keeps its own, `YAMLLayoutCache`.)
///
/// An order is found again by comparing key lists, which costs less than checking the order
/// anew; a few lists of each length are kept, the oldest forgotten first.
struct KeyOrderCache {
    private struct Entry {
        var keys: [String]
        var order: [Int]?
    }

    /// Recent key lists and their orders, by length.
    private var entries: [Int: [Entry]] = [:]
    private static let kept = 8

    /// The positions of `members` in byte order, nil when they are in it already (`keyOrder`).
    mutating func positions(of members: OrderedDictionary<String, JSONValue>) -> [Int]? {
        // Two keys are compared once either way.
        guard members.count > 2 else { return members.keyOrder }
        let keys = members.keys.elements
        if let found = entries[keys.count]?.first(where: { $0.keys == keys }) { return found.order }
        let computed = members.keyOrder
        entries[keys.count, default: []].append(Entry(keys: keys, order: computed))
        if entries[keys.count]!.count > Self.kept { entries[keys.count]!.removeFirst() }
        return computed
    }
}
