import KubeAPI

/// Where the apiserver keeps objects: etcd's role, keyed and ordered as etcd keys are.
///
/// Not thread-safe; one cluster lives on one task.
struct ObjectStore: Sendable {
    struct Key: Hashable, Comparable, Sendable {
        var namespace: String
        var name: String
        static func < (a: Key, b: Key) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }
    }

    private var objects: [ResourceType: [Key: KubeObject]] = [:]
    /// Each type's keys in etcd order, kept sorted as keys come and go.
    private var order: [ResourceType: [Key]] = [:]
    /// The last resource version handed out; every write and every removal takes the next one.
    private(set) var revision = 0

    func get(_ type: ResourceType, namespace: String?, name: String) -> KubeObject? {
        objects[type]?[Key(namespace: namespace ?? "", name: name)]
    }

    /// Objects of one type, optionally in one namespace, in namespace-then-name order.
    func list(_ type: ResourceType, namespace: String? = nil) -> [KubeObject] {
        guard let bucket = objects[type], let keys = order[type] else { return [] }
        guard let namespace else { return keys.compactMap { bucket[$0] } }
        let start = Self.insertionIndex(of: Key(namespace: namespace, name: ""), in: keys)
        return keys[start...].prefix { $0.namespace == namespace }.compactMap { bucket[$0] }
    }

    /// Objects of one type in one namespace whose names start with `prefix`, in name order.
    func list(_ type: ResourceType, namespace: String, namePrefix prefix: String) -> [KubeObject] {
        guard let bucket = objects[type], let keys = order[type] else { return [] }
        let start = Self.insertionIndex(of: Key(namespace: namespace, name: prefix), in: keys)
        return keys[start...].prefix { $0.namespace == namespace && $0.name.hasPrefix(prefix) }.compactMap { bucket[$0] }
    }

    /// The first index whose key is not less than `key`.
    private static func insertionIndex(of key: Key, in keys: [Key]) -> Int {
        var low = 0, high = keys.count
        while low < high {
            let mid = (low + high) / 2
            if keys[mid] < key { low = mid + 1 } else { high = mid }
        }
        return low
    }

    func count(_ type: ResourceType) -> Int { objects[type]?.count ?? 0 }

    /// Stores `object`, stamping the next resource version.
    @discardableResult
    mutating func put(_ type: ResourceType, _ object: KubeObject) -> KubeObject {
        revision += 1
        var stored = object
        stored[path: "metadata.resourceVersion"] = .string(String(revision))
        let key = Key(namespace: object.namespace ?? "", name: object.name)
        if objects[type, default: [:]].updateValue(stored, forKey: key) == nil {
            let index = Self.insertionIndex(of: key, in: order[type] ?? [])
            order[type, default: []].insert(key, at: index)
        }
        return stored
    }

    @discardableResult
    mutating func remove(_ type: ResourceType, namespace: String?, name: String) -> KubeObject? {
        let key = Key(namespace: namespace ?? "", name: name)
        guard let removed = objects[type]?.removeValue(forKey: key) else { return nil }
        revision += 1
        let index = Self.insertionIndex(of: key, in: order[type] ?? [])
        if let keys = order[type], index < keys.count, keys[index] == key {
            order[type]?.remove(at: index)
        }
        return removed
    }
}
