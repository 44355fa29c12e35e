/// A dictionary that the stores of many labs, copied from one snapshot, share cheaply: writes go
/// to a small layer of changes over the shared base, so a copy's first write does not copy every
/// entry. The changes fold into the base once they grow to a quarter of it.
struct LayeredDictionary<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private var base: [Key: Value] = [:]
    /// Entries written since the last fold; a nil value is a removal.
    private var changes: [Key: Value?] = [:]

    subscript(key: Key) -> Value? {
        get {
            if let changed = changes[key] { return changed }
            return base[key]
        }
        set {
            changes[key] = .some(newValue)
            if changes.count > max(64, base.count / 4) { fold() }
        }
    }

    /// Every key with a value, in no particular order.
    var keys: [Key] {
        base.keys.filter { changes[$0] == nil } + changes.compactMap { $0.value == nil ? nil : $0.key }
    }

    private mutating func fold() {
        for (key, value) in changes { base[key] = value }
        changes = [:]
    }
}
