/// A map of at most `capacity` entries that forgets the least recently used one to make room, as
/// the `lru.Cache` behind client-go's event caches does (k8s.io/utils/lru, groupcache's list):
/// reading or writing an entry makes it the most recent; adding one past the capacity evicts the
/// least recent. `peek` reads without touching the order.
///
/// Entries sit in one array, linked from most to least recent by index, and an evicted entry's
/// slot is reused by the one that pushed it out.
struct LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var key: Key
        var value: Value
        var newer: Int
        var older: Int
    }

    let capacity: Int
    private var entries: [Entry] = []
    private var slots: [Key: Int] = [:]
    private var newest = -1
    private var oldest = -1

    /// Room for `reserved` entries is made at once, so that a cache expected to stay small is not
    /// grown (and copied) entry by entry.
    init(capacity: Int, reserving reserved: Int = 0) {
        precondition(capacity > 0, "an LRU cache holds at least one entry")
        self.capacity = capacity
        let room = min(capacity, reserved)
        guard room > 0 else { return }
        entries.reserveCapacity(room)
        slots.reserveCapacity(room)
    }

    var count: Int { slots.count }

    /// The value under `key`, leaving the order as it is.
    func peek(_ key: Key) -> Value? { slots[key].map { entries[$0].value } }

    /// Whether `key` is held, leaving the order as it is.
    func contains(_ key: Key) -> Bool { slots[key] != nil }

    /// The keys from the most to the least recently used.
    var keysByRecency: [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(slots.count)
        var slot = newest
        while slot != Self.none {
            keys.append(entries[slot].key)
            slot = entries[slot].older
        }
        return keys
    }

    /// `Get` then `Add` in one lookup: hands `body` the value under `key` (a new one from
    /// `makeValue` when absent, evicting the least recent entry if the cache is full), and makes
    /// the entry the most recent.
    mutating func update<Result>(
        _ key: Key, default makeValue: () -> Value, _ body: (inout Value) -> Result
    ) -> Result {
        // One hash and probe finds the key or files it under the slot it is about to take.
        let free = slots.count < capacity ? entries.count : oldest
        let found = Self.claim(&slots[key, default: Self.none], for: free)
        let slot = found ?? free
        if found != nil {
            unlink(slot)
        } else if slot == entries.count {
            entries.append(Entry(key: key, value: makeValue(), newer: Self.none, older: Self.none))
        } else {
            unlink(slot)
            slots[entries[slot].key] = nil
            entries[slot].key = key
            entries[slot].value = makeValue()
        }
        linkAsNewest(slot)
        return body(&entries[slot].value)
    }

    /// The slot already filed, or nil after filing `free`.
    private static func claim(_ filed: inout Int, for free: Int) -> Int? {
        if filed != none { return filed }
        filed = free
        return nil
    }

    /// `Add`: stores `value` under `key` as the most recent entry.
    mutating func add(_ key: Key, _ value: Value) {
        update(key, default: { value }) { $0 = value }
    }

    private mutating func unlink(_ slot: Int) {
        let (newer, older) = (entries[slot].newer, entries[slot].older)
        if newer == Self.none { newest = older } else { entries[newer].older = older }
        if older == Self.none { oldest = newer } else { entries[older].newer = newer }
    }

    private mutating func linkAsNewest(_ slot: Int) {
        entries[slot].newer = Self.none
        entries[slot].older = newest
        if newest != Self.none { entries[newest].newer = slot }
        newest = slot
        if oldest == Self.none { oldest = slot }
    }

    private static var none: Int { -1 }
}
