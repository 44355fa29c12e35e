import KubeAPI

/// Where the apiserver keeps objects: etcd's role, keyed and ordered as etcd keys are.
///
/// Not thread-safe; one cluster lives on one task.
struct ObjectStore {
    struct Key: Hashable, Comparable {
        var namespace: String
        var name: String
        static func < (a: Key, b: Key) -> Bool { (a.namespace, a.name) < (b.namespace, b.name) }
    }

    private var objects: [ResourceType: [Key: KubeObject]] = [:]
    /// The last resource version handed out; every write takes the next one.
    private(set) var revision = 0

    func get(_ type: ResourceType, namespace: String?, name: String) -> KubeObject? {
        objects[type]?[Key(namespace: namespace ?? "", name: name)]
    }

    /// Objects of one type, optionally in one namespace, in namespace-then-name order.
    func list(_ type: ResourceType, namespace: String? = nil) -> [KubeObject] {
        guard let bucket = objects[type] else { return [] }
        let keys = bucket.keys.filter { namespace == nil || $0.namespace == namespace }.sorted()
        return keys.compactMap { bucket[$0] }
    }

    func count(_ type: ResourceType) -> Int { objects[type]?.count ?? 0 }

    /// Stores `object`, stamping the next resource version.
    @discardableResult
    mutating func put(_ type: ResourceType, _ object: KubeObject) -> KubeObject {
        revision += 1
        var stored = object
        stored[path: "metadata.resourceVersion"] = .string(String(revision))
        objects[type, default: [:]][Key(namespace: object.namespace ?? "", name: object.name)] = stored
        return stored
    }

    @discardableResult
    mutating func remove(_ type: ResourceType, namespace: String?, name: String) -> KubeObject? {
        objects[type]?.removeValue(forKey: Key(namespace: namespace ?? "", name: name))
    }
}
