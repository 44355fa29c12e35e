import KubeAPI

/// The simulated tk8s cluster: an apiserver over an object store, with controllers, a
/// scheduler and kubelets that reconcile after every change and whenever the clock moves.
///
/// Clients (kubectl, the checker) use only the API methods here, the seam a real client uses.
/// Not thread-safe: one cluster belongs to one session.
public final class Cluster {
    var store = ObjectStore()
    var clock: VirtualClock
    var names: NameGenerator

    public init(start: Timestamp, seed: UInt64 = 303) {
        clock = VirtualClock(start: start)
        names = NameGenerator(seed: seed)
    }

    public var now: Timestamp { clock.now }

    /// Objects of `type`, in one namespace or all, ordered by namespace then name.
    public func list(_ type: ResourceType, namespace: String? = nil, selector: LabelSelector = LabelSelector()) -> [KubeObject] {
        let objects = store.list(type, namespace: type.namespaced ? namespace : nil)
        return selector.isEmpty ? objects : objects.filter { selector.matches($0.labels) }
    }

    public func get(_ type: ResourceType, namespace: String?, name: String) throws(APIError) -> KubeObject {
        guard let object = store.get(type, namespace: type.namespaced ? namespace : nil, name: name) else {
            throw .notFound(type, name)
        }
        return object
    }
}
