import KubeAPI
import OrderedCollections

/// How the mappings of one YAML document are laid out, kept per shape: the many objects of one
/// shape in a list (every pod's metadata, every condition) have their keys sorted and written
/// once, not once each.
///
/// Only shapes whose keys are all ASCII are kept: a key equal to an ASCII one and as long in
/// UTF-8 has the same bytes, while a string only canonically equal (KELVIN SIGN for `K`) is
/// longer, and is written and sorted as its own bytes. A few shapes of each size are kept, the
/// oldest forgotten first.
struct YAMLLayoutCache {
    /// A mapping's key order (nil when the keys are in it already) and each key as written before
    /// its `:` (nil when one needs the `? key` form).
    struct Layout {
        let order: [Int]?
        let keys: [[UInt8]]?
    }

    private struct Entry {
        let keys: [String]
        let layout: Layout
    }

    private var entries: [Int: [Entry]] = [:]
    private static let kept = 8

    mutating func layout(of members: OrderedDictionary<String, JSONValue>) -> Layout {
        // Two keys are sorted and written as cheaply as they are looked up.
        guard members.count > 2 else { return Layout(order: members.yamlKeyOrder, keys: nil) }
        let keys = members.keys.elements
        if let found = entries[keys.count]?.first(where: { Self.sameBytes($0.keys, keys) }) { return found.layout }
        guard keys.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) else {
            return Layout(order: members.yamlKeyOrder, keys: nil)
        }
        let layout = Layout(order: members.yamlKeyOrder, keys: Self.written(keys))
        entries[keys.count, default: []].append(Entry(keys: keys, layout: layout))
        if entries[keys.count]!.count > Self.kept { entries[keys.count]!.removeFirst() }
        return layout
    }

    /// Whether `keys` are the ASCII `kept` ones, byte for byte.
    private static func sameBytes(_ kept: [String], _ keys: [String]) -> Bool {
        for (a, b) in zip(kept, keys) where a.utf8.count != b.utf8.count || a != b { return false }
        return true
    }

    /// Each key as `YAMLPrinter.writeKey` writes a simple key; nil if one is not simple.
    private static func written(_ keys: [String]) -> [[UInt8]]? {
        var result: [[UInt8]] = []
        for key in keys {
            var out = OutputBytes()
            guard YAMLPrinter.writeKey(key, indent: 0, into: &out) else { return nil }
            result.append(Array(out.text.utf8))
        }
        return result
    }
}
