import KubeAPI

/// Where the apiserver keeps objects: etcd's role, keyed and ordered as etcd keys are.
///
/// Not thread-safe; one cluster lives on one task.
struct ObjectStore: Sendable {
    /// Where an object sits: its namespace (empty for cluster-scoped ones) and name. Its hash is
    /// folded once, when it is made (`WordHash`): the journal's keys go through every reader's lookups.
    struct Key: Hashable, Comparable, Sendable {
        var namespace: String { didSet { hash = Self.hash(namespace, name) } }
        var name: String { didSet { hash = Self.hash(namespace, name) } }
        private var hash: Int

        init(namespace: String, name: String) {
            self.namespace = namespace
            self.name = name
            hash = Self.hash(namespace, name)
        }

        static func < (a: Key, b: Key) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }

        static func == (a: Key, b: Key) -> Bool { a.hash == b.hash && a.name == b.name && a.namespace == b.namespace }

        func hash(into hasher: inout Hasher) { hasher.combine(hash) }

        private static func hash(_ namespace: String, _ name: String) -> Int {
            Int(truncatingIfNeeded: WordHash.fold(name, into: WordHash.fold(namespace)))
        }
    }

    private var objects: [ResourceType: [Key: KubeObject]] = [:]
    /// Each type's keys in etcd order, brought up to date before every list.
    private var order: [ResourceType: KeyOrder] = [:]
    /// The last resource version handed out; every write and every removal takes the next one.
    private(set) var revision = 0
    /// Every write and removal in order, for the control loops that react to changes (an
    /// informer's role); entries every reader has seen are dropped.
    private(set) var journal = ChangeJournal()
    /// How many writes and removals each type has had, so derived views know when to rebuild.
    private var writeCounts: [ResourceType: Int] = [:]
    /// How many writes and removals the pods of each namespace have had.
    private var podWritesByNamespace: [String: Int] = [:]
    /// Where each object is, by UID (layered: every object has one, and labs share the world's).
    private var byUID = LayeredDictionary<UIDKey, Location>()
    typealias Location = (type: ResourceType, key: Key)
    /// Each type's objects by the UID of their controller (the owner reference marked `controller`).
    private var byController: [ResourceType: [UIDKey: ControlledKeys]] = [:]
    /// Events by the UID of the object they are about (`involvedObject.uid`), unordered. An
    /// object has a few events (they are rate-limited per object and expire), so a list is
    /// cheaper to make and add to than a set.
    private var eventsByInvolvedUID: [UIDKey: [Key]] = [:]
    /// Each controller's pods, counted (by the controller's UID).
    private var podTallies: [UIDKey: PodTally] = [:]
    /// How many stored pods name no node: with none, the scheduler has nothing to look at.
    private(set) var unboundPods = 0
    /// How many stored pods carry the Job controller's tracking finalizer: with none, no pod
    /// needs it released.
    private(set) var jobTrackedPods = 0
    /// The types a client watches, and their writes since it last read them (a watch cache's role).
    var watchedTypes: Set<ResourceType> = []
    var watchLog: [WatchEvent] = []
    /// The control plane components' writes, for their managed fields.
    var fieldWrites = FieldWriteLog()

    /// Objects of `type` whose controller has `uid`, in key order.
    mutating func list(_ type: ResourceType, controlledBy uid: String) -> [KubeObject] {
        guard let bucket = objects[type], let keys = byController[type]?[UIDKey(uid)]?.sorted() else { return [] }
        return keys.compactMap { bucket[$0] }
    }

    /// The counts of the pods whose controller has `uid`. (Mutating, as `get` is.)
    mutating func podTally(controlledBy uid: String) -> PodTally { podTallies[UIDKey(uid)] ?? PodTally() }

    /// The events about the object with `uid`, in key order. (Mutating, as `get` is.)
    mutating func events(about uid: String) -> [KubeObject] {
        guard let keys = eventsByInvolvedUID[UIDKey(uid)], let bucket = objects[.events] else { return [] }
        return keys.sorted().compactMap { bucket[$0] }
    }

    /// How many objects of `type` are stored.
    func count(of type: ResourceType) -> Int { objects[type]?.count ?? 0 }

    /// The UIDs of every stored object.
    var allUIDs: Set<String> { Set(byUID.keys.lazy.map(\.uid)) }

    /// The object with `uid`, if it is stored.
    /// (Mutating, as `get` is: see there.)
    mutating func object(uid: String) -> (type: ResourceType, object: KubeObject)? {
        guard let location = byUID[UIDKey(uid)], let object = objects[location.type]?[location.key] else { return nil }
        return (location.type, object)
    }

    /// Changes whenever an object of `type` is written or removed. (Mutating, as `get` is.)
    mutating func writeCount(of type: ResourceType) -> Int { writeCounts[type] ?? 0 }

    /// Changes whenever a pod in `namespace` is written or removed. (Mutating, as `get` is.)
    mutating func podWriteCount(in namespace: String) -> Int { podWritesByNamespace[namespace] ?? 0 }

    /// Whether `changes` can read the journal from `cursor`, or it has been trimmed past it.
    func canRead(from cursor: Int) -> Bool { journal.canRead(from: cursor) }

    /// The changes from `cursor` on.
    func changes(from cursor: Int) -> ArraySlice<ChangeJournal.Change> { journal.changes(from: cursor) }

    /// Whether any of `types` changed at or after `cursor`.
    func hasChanges(of types: [ResourceType], from cursor: Int) -> Bool { journal.hasChanges(of: types, from: cursor) }

    /// Drops the changes before `cursor`, once every reader is past them.
    mutating func trimJournal(before cursor: Int) { journal.trim(before: cursor) }

    /// Mutating though it only reads: called on the cluster's stored store, a non-mutating
    /// method is given a copy of the whole store (every field retained and released).
    mutating func get(_ type: ResourceType, namespace: String?, name: String) -> KubeObject? {
        objects[type]?[Key(namespace: namespace ?? "", name: name)]
    }

    /// Objects of one type, optionally in one namespace, in namespace-then-name order.
    mutating func list(_ type: ResourceType, namespace: String? = nil) -> [KubeObject] {
        guard let bucket = objects[type], let keys = sortedKeys(of: type) else { return [] }
        guard let namespace else { return keys.compactMap { bucket[$0] } }
        let start = KeyOrder.insertionIndex(of: Key(namespace: namespace, name: ""), in: keys)
        return keys[start...].prefix { $0.namespace == namespace }.compactMap { bucket[$0] }
    }

    /// The stored objects of `type` at `keys`, in key order: few keys are sorted, many are
    /// picked out of the type's kept order (cheaper than sorting most of it again).
    mutating func list(_ type: ResourceType, at keys: Set<Key>) -> [KubeObject] {
        guard let bucket = objects[type] else { return [] }
        if keys.count * 8 < bucket.count { return keys.sorted().compactMap { bucket[$0] } }
        guard let ordered = sortedKeys(of: type) else { return [] }
        return ordered.compactMap { keys.contains($0) ? bucket[$0] : nil }
    }

    /// Objects of one type in one namespace whose names start with `prefix`, in name order.
    mutating func list(_ type: ResourceType, namespace: String, namePrefix prefix: String) -> [KubeObject] {
        guard let bucket = objects[type], let keys = sortedKeys(of: type) else { return [] }
        let start = KeyOrder.insertionIndex(of: Key(namespace: namespace, name: prefix), in: keys)
        return keys[start...].prefix { $0.namespace == namespace && $0.name.hasPrefix(prefix) }.compactMap { bucket[$0] }
    }

    /// Stores `object`, stamping the next resource version; with `keepingVersion` (a restored
    /// object whose world data records its version) it keeps that one and the count stays.
    @discardableResult
    mutating func put(_ type: ResourceType, _ object: consuming KubeObject, keepingVersion: Bool = false) -> KubeObject {
        // Taken, not borrowed: a caller's last use hands its copy over, so stamping the version edits it in place.
        var stored = object
        let written = WrittenMetadata(stored)
        if !keepingVersion || written.resourceVersion == nil {
            revision += 1
            // An object its writer stamped with the next version already (a new Event) keeps it.
            let version = String(revision)
            if written.resourceVersion != version {
                // The member set directly: a dotted path is parsed on every write.
                stored.value.modify("metadata") { $0["resourceVersion"] = .string(version) }
            }
        }
        let key = Key(namespace: written.namespace ?? "", name: written.name)
        let uid = UIDKey(written.uid)
        let controller = written.controllerUID.map(UIDKey.init)
        let replaced = objects[type, default: [:]].updateValue(stored, forKey: key)
        let old = replaced.map(WrittenMetadata.init)
        let previous = old?.controllerUID.map(UIDKey.init)
        let sameUID = old?.uid == written.uid
        if let old {
            if !sameUID { byUID[UIDKey(old.uid)] = nil }
            if previous != controller, let previous { byController[type]?[previous]?.remove(key) }
        } else {
            order[type, default: KeyOrder()].added.append(key)
        }
        if let controller { byController[type, default: [:]][controller, default: ControlledKeys()].insert(key) }
        if type == .pods {
            unboundPods += (Self.isUnbound(stored) ? 1 : 0) - (replaced.map(Self.isUnbound) == true ? 1 : 0)
            jobTrackedPods += (JobPods.hasTrackingFinalizer(stored) ? 1 : 0) - (replaced.map(JobPods.hasTrackingFinalizer) == true ? 1 : 0)
            retally(old: replaced.map { ($0, old?.deletionTimestamp.string, previous) }, new: (stored, written.deletionTimestamp.string, controller))
            podWritesByNamespace[key.namespace, default: 0] += 1
        }
        if type == .events { reindexEvent(key, old: replaced, new: stored) }
        // An object written again under its UID is filed already.
        if !uid.isEmpty && !sameUID { byUID[uid] = (type, key) }
        let concernsCollector = Self.concernsCollector(written, replacing: old)
        journal.record(
            type, key, removed: false, controller: written.controllerUID, uid: written.uid, concernsCollector: concernsCollector)
        if fieldWrites.writer != nil { fieldWrites.note(type, uid: uid, old: sameUID ? replaced : nil, new: stored) }
        writeCounts[type, default: 0] += 1
        if !watchedTypes.isEmpty && watchedTypes.contains(type) {
            watchLog.append(WatchEvent(type: replaced == nil ? .added : .modified, resource: type, object: stored, previous: replaced))
        }
        return stored
    }

    @discardableResult
    mutating func remove(_ type: ResourceType, namespace: String?, name: String) -> KubeObject? {
        let key = Key(namespace: namespace ?? "", name: name)
        guard let removed = objects[type]?.removeValue(forKey: key) else { return nil }
        let written = WrittenMetadata(removed)
        let uid = UIDKey(written.uid)
        let controller = written.controllerUID.map(UIDKey.init)
        revision += 1
        order[type, default: KeyOrder()].removed.append(key)
        byUID[uid] = nil
        fieldWrites.forgetRemoved(uid)
        if type == .pods, Self.isUnbound(removed) { unboundPods -= 1 }
        if type == .pods, JobPods.hasTrackingFinalizer(removed) { jobTrackedPods -= 1 }
        if type == .pods {
            retally(old: (removed, written.deletionTimestamp.string, controller), new: nil)
            podWritesByNamespace[key.namespace, default: 0] += 1
        }
        if type == .events { reindexEvent(key, old: removed, new: nil) }
        if let controller {
            byController[type]?[controller]?.remove(key)
            if byController[type]?[controller]?.members.isEmpty == true { byController[type]?[controller] = nil }
        }
        journal.record(type, key, removed: true, controller: written.controllerUID, uid: written.uid)
        writeCounts[type, default: 0] += 1
        if watchedTypes.contains(type) {
            var last = removed
            last[path: "metadata.resourceVersion"] = .string(String(revision))
            watchLog.append(WatchEvent(type: .deleted, resource: type, object: last, previous: removed))
        }
        return removed
    }

    private typealias TalliedPod = (pod: KubeObject, deletionTimestamp: String?, controller: UIDKey?)

    /// Moves a written or removed pod's counts from its old controller's tally to its new one's.
    ///
    /// Each pod comes with its deletion time and its controller's UID, read once by the write; a
    /// pod without a controller is in no tally, so its facts are not worked out.
    private mutating func retally(old: TalliedPod?, new: TalliedPod?) {
        let before = old.flatMap { old in old.controller.map { ($0, PodTally.Facts(old.pod, deletionTimestamp: old.deletionTimestamp)) } }
        let after = new.flatMap { new in new.controller.map { ($0, PodTally.Facts(new.pod, deletionTimestamp: new.deletionTimestamp)) } }
        if let before, let after, before == after { return }
        if let (controller, facts) = before {
            podTallies[controller]?.remove(facts)
            if podTallies[controller]?.isEmpty == true { podTallies[controller] = nil }
        }
        if let (controller, facts) = after { podTallies[controller, default: PodTally()].add(facts) }
    }

    /// Files an event under the object it is about, moving it if that changed.
    private mutating func reindexEvent(_ key: Key, old: KubeObject?, new: KubeObject?) {
        let before = old?.value.string("involvedObject", "uid").map(UIDKey.init)
        let after = new?.value.string("involvedObject", "uid").map(UIDKey.init)
        guard before != after else { return }
        if let before {
            eventsByInvolvedUID[before]?.removeAll { $0 == key }
            if eventsByInvolvedUID[before]?.isEmpty == true { eventsByInvolvedUID[before] = nil }
        }
        // Room for a pod's events from the start (it has five, most often), so the list is not regrown.
        if let after { eventsByInvolvedUID[after, default: Self.eventKeyList()].append(key) }
    }

    private static func eventKeyList() -> [Key] {
        var keys: [Key] = []
        keys.reserveCapacity(6)
        return keys
    }

    /// A type's keys in order, after applying the additions and removals since the last list.
    private mutating func sortedKeys(of type: ResourceType) -> [Key]? {
        guard let bucket = objects[type] else { return nil }
        order[type, default: KeyOrder()].settle { bucket[$0] != nil }
        return order[type]?.sorted
    }

    /// Whether a write is one the garbage collector's graph must see (`ChangeJournal.Change.concernsCollector`).
    /// A new object that names no owner and is not being deleted (an Event, most often) leaves
    /// the graph as it was: its place held nothing the graph knows of, its removal having been seen.
    private static func concernsCollector(_ new: WrittenMetadata, replacing old: WrittenMetadata?) -> Bool {
        if new.isBeingDeleted { return true }
        guard let old else { return !new.ownerReferences.isNull }
        return old.uid != new.uid || old.ownerReferences != new.ownerReferences
    }

    /// Whether a pod is bound to no node.
    private static func isUnbound(_ pod: KubeObject) -> Bool { pod.value.member("spec", "nodeName").isNull }
}
