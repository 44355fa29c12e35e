import KubeAPI

/// The store's writes and removals in order. A reader keeps a cursor (a position in the
/// journal) and reads what changed since; positions stay valid as old entries are trimmed.
struct ChangeJournal: Sendable {
    /// One write or removal. Its fields live in one immutable box, so the many readers that
    /// copy the changes since their cursor pay one reference count per change, not four.
    struct Change: Sendable {
        private final class Fields: Sendable {
            let type: ResourceType
            let key: ObjectStore.Key
            let removed: Bool
            let controller: String?
            let uid: String
            let concernsCollector: Bool

            init(type: ResourceType, key: ObjectStore.Key, removed: Bool, controller: String?, uid: String, concernsCollector: Bool) {
                self.type = type
                self.key = key
                self.removed = removed
                self.controller = controller
                self.uid = uid
                self.concernsCollector = concernsCollector
            }
        }

        private let fields: Fields

        init(type: ResourceType, key: ObjectStore.Key, removed: Bool, controller: String?, uid: String, concernsCollector: Bool) {
            fields = Fields(type: type, key: key, removed: removed, controller: controller, uid: uid, concernsCollector: concernsCollector)
        }

        var type: ResourceType { fields.type }
        var key: ObjectStore.Key { fields.key }
        var removed: Bool { fields.removed }
        /// The UID of the object's controller, as written or as it was when removed.
        var controller: String? { fields.controller }
        /// The UID of the object written or removed.
        var uid: String { fields.uid }
        /// Whether the garbage collector's graph must see it: a creation or removal, a changed
        /// list of owners, or a write to an object being deleted. Other updates leave it as it was.
        var concernsCollector: Bool { fields.concernsCollector }
    }

    private var entries: [Change] = []
    /// The position of `entries[0]`.
    private var base = 0
    /// The position of each type's latest change, so a reader that follows a few rarely
    /// written types can tell it has nothing to read without going through what others wrote.
    private var latest: [ResourceType: Int] = [:]

    /// The position the next change will take.
    var end: Int { base + entries.count }

    mutating func record(
        _ type: ResourceType, _ key: ObjectStore.Key, removed: Bool, controller: String?, uid: String = "", concernsCollector: Bool = true
    ) {
        latest[type] = end
        entries.append(Change(type: type, key: key, removed: removed, controller: controller, uid: uid, concernsCollector: concernsCollector))
    }

    func canRead(from cursor: Int) -> Bool { cursor >= base }

    func changes(from cursor: Int) -> ArraySlice<Change> {
        entries[(max(cursor, base) - base)...]
    }

    /// Whether a change to any of `types` came at or after `cursor`.
    func hasChanges(of types: [ResourceType], from cursor: Int) -> Bool {
        types.contains { (latest[$0] ?? -1) >= cursor }
    }

    mutating func trim(before cursor: Int) {
        let count = min(max(0, cursor - base), entries.count)
        guard count > 0 else { return }
        entries.removeFirst(count)
        base += count
    }
}
