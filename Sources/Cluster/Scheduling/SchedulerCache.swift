import KubeAPI

/// The pods as the scheduler's cache holds them: those waiting for a node, and those placed on
/// one with the load they put on it. Kept from the store's journal as the real scheduler keeps its
/// cache from pod events, so a pass reads what changed since the last rather than every pod.
struct SchedulerCache: Sendable {
    typealias Key = ObjectStore.Key

    /// Pods bound to no node and not being deleted.
    private(set) var pending: Set<Key> = []
    /// Bound pods that are neither terminating nor finished, parsed as the scheduler reads them.
    private var placed: [Key: SchedulingPod] = [:]
    /// Each node's load from its placed pods, by node name.
    private var loads: [String: NodeLoad] = [:]
    /// The placed pods that carry required anti-affinity terms.
    private var withAntiAffinity: Set<Key> = []

    init<Pods: Sequence<KubeObject>>(pods: Pods) {
        for pod in pods { update(Key(namespace: pod.namespace ?? "", name: pod.name), to: pod) }
    }

    /// Brings one pod's entry up to date: `pod` is what the store holds at `key` now (nil once removed).
    mutating func update(_ key: Key, to pod: KubeObject?) {
        pending.remove(key)
        if let old = placed.removeValue(forKey: key), let node = old.object.nodeName {
            loads[node]?.remove(old)
            if loads[node]?.pods == 0 { loads[node] = nil }
            withAntiAffinity.remove(key)
        }
        guard let pod, pod.deletionTimestamp == nil else { return }
        guard let node = pod.nodeName else {
            pending.insert(key)
            return
        }
        guard !pod.isFinished else { return }
        let parsed = SchedulingPod(pod)
        placed[key] = parsed
        loads[node, default: NodeLoad()].add(parsed)
        if !parsed.antiAffinityTerms.isEmpty { withAntiAffinity.insert(key) }
    }

    /// The load the placed pods put on the node named `name`.
    func load(on name: String) -> NodeLoad { loads[name] ?? NodeLoad() }

    /// Every placed pod, in store order.
    var everyPlaced: [SchedulingPod] { placed.keys.sorted().compactMap { placed[$0] } }

    /// The placed pods with required anti-affinity terms, in store order.
    var placedWithAntiAffinity: [SchedulingPod] { withAntiAffinity.sorted().compactMap { placed[$0] } }

    /// Whether `other` holds the same pods with the same loads.
    func holdsTheSame(as other: SchedulerCache) -> Bool {
        pending == other.pending && loads == other.loads && withAntiAffinity == other.withAntiAffinity
            && Set(placed.keys) == Set(other.placed.keys)
    }
}
