import KubeAPI

/// The store's writes and removals in order. A reader keeps a cursor (a position in the
/// journal) and reads what changed since; positions stay valid as old entries are trimmed.
struct ChangeJournal: Sendable {
    struct Change: Sendable {
        var type: ResourceType
        var key: ObjectStore.Key
        var removed: Bool
    }

    private var entries: [Change] = []
    /// The position of `entries[0]`.
    private var base = 0

    /// The position the next change will take.
    var end: Int { base + entries.count }

    mutating func record(_ type: ResourceType, _ key: ObjectStore.Key, removed: Bool) {
        entries.append(Change(type: type, key: key, removed: removed))
    }

    func canRead(from cursor: Int) -> Bool { cursor >= base }

    func changes(from cursor: Int) -> ArraySlice<Change> {
        entries[(max(cursor, base) - base)...]
    }

    mutating func trim(before cursor: Int) {
        let count = min(max(0, cursor - base), entries.count)
        guard count > 0 else { return }
        entries.removeFirst(count)
        base += count
    }
}
