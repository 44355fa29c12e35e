/// One type's keys kept sorted lazily: writes only note which keys came and went, and the next
/// list applies them, one by one when they are few, else by one sort and merge.
struct KeyOrder: Sendable {
    typealias Key = ObjectStore.Key

    private(set) var sorted: [Key] = []
    var added: [Key] = []
    var removed: [Key] = []

    /// Brings `sorted` up to date; `stored` tells whether a key is in the store now.
    mutating func settle(stored: (Key) -> Bool) {
        if added.isEmpty && removed.isEmpty { return }
        if added.count + removed.count <= 64 {
            for key in removed where !stored(key) {
                let index = Self.insertionIndex(of: key, in: sorted)
                if index < sorted.count, sorted[index] == key { sorted.remove(at: index) }
            }
            for key in added where stored(key) {
                let index = Self.insertionIndex(of: key, in: sorted)
                if index == sorted.count || sorted[index] != key { sorted.insert(key, at: index) }
            }
        } else {
            sorted = Self.merge(sorted, added.sorted(), keeping: stored)
        }
        added = []
        removed = []
    }

    /// Two sorted lists as one, keeping each stored key once.
    private static func merge(_ a: [Key], _ b: [Key], keeping stored: (Key) -> Bool) -> [Key] {
        var result: [Key] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            let key: Key
            if j == b.count || (i < a.count && a[i] < b[j]) {
                key = a[i]
                i += 1
            } else {
                key = b[j]
                j += 1
            }
            if result.last != key && stored(key) { result.append(key) }
        }
        return result
    }

    /// The first index whose key is not less than `key`.
    static func insertionIndex(of key: Key, in keys: [Key]) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
