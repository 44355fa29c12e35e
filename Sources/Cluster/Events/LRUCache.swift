/// A map of at most `capacity` entries that forgets the least recently used one to make room, as
/// the `lru.Cache` behind client-go's event caches does (k8s.io/utils/lru, groupcache's list):
/// reading or writing an entry makes it the most recent; adding one past the capacity evicts the
/// least recent. `peek` reads without touching the order.
///
/// Entries sit in one array, linked from most to least recent by index, and an evicted entry's
/// slot is reused by the one that pushed it out. A cache of a few entries (most are: a kubelet's
/// sees a pod or two) finds a key by comparing it with each entry's; past `scanLimit` entries it
/// files every key in a dictionary instead.
struct LRUCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var key: Key
        var value: Value
        var newer: Int
        var older: Int
    }

    let capacity: Int
    private var entries: [Entry] = []
    /// Each key's slot, kept only once there are more than `scanLimit` entries.
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
    }

    /// How many entries are held: an entry is never removed, only replaced by the one evicting it.
    var count: Int { entries.count }

    /// The value under `key`, leaving the order as it is.
    func peek(_ key: Key) -> Value? { slot(of: key).map { entries[$0].value } }

    /// Whether `key` is held, leaving the order as it is.
    func contains(_ key: Key) -> Bool { slot(of: key) != nil }

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
        // Indexed, one hash and probe finds the key or files it under the slot it is about to take.
        let free = entries.count < capacity ? entries.count : oldest
        let found = isIndexed ? Self.claim(&slots[key, default: Self.none], for: free) : scan(for: key)
        let slot = found ?? free
        if found != nil {
            unlink(slot)
        } else if slot == entries.count {
            entries.append(Entry(key: key, value: makeValue(), newer: Self.none, older: Self.none))
            if entries.count == Self.scanLimit + 1 { indexEveryKey() }
        } else {
            unlink(slot)
            if isIndexed { slots[entries[slot].key] = nil }
            entries[slot].key = key
            entries[slot].value = makeValue()
        }
        linkAsNewest(slot)
        return body(&entries[slot].value)
    }

    /// Whether keys are found through `slots` rather than by scanning the entries.
    private var isIndexed: Bool { entries.count > Self.scanLimit }

    private func slot(of key: Key) -> Int? { isIndexed ? slots[key] : scan(for: key) }

    /// The slot holding `key`, found by comparing it with every entry's.
    private func scan(for key: Key) -> Int? { entries.firstIndex { $0.key == key } }

    /// Files every entry's key under its slot, as the cache outgrows scanning.
    private mutating func indexEveryKey() {
        slots.reserveCapacity(entries.count * 2)
        for (slot, entry) in entries.enumerated() { slots[entry.key] = slot }
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
    /// Up to this many entries, comparing a key with each entry's costs less than hashing it.
    static var scanLimit: Int { 16 }
}
