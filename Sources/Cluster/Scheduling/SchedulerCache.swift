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
    /// The same loads by each node's position in the scheduler's node list, so that a pass
    /// trying hundreds of nodes per pod reads them without hashing names.
    private(set) var loadsByPosition: [NodeLoad] = []
    private var positions: [String: Int] = [:]
    /// Which node list the positions were taken from (nil: none, or one that is not kept).
    private var positionedList: Int?

    init<Pods: Sequence<KubeObject>>(pods: Pods) {
        for pod in pods { update(Key(namespace: pod.namespace ?? "", name: pod.name), to: pod) }
    }

    /// Brings one pod's entry up to date: `pod` is what the store holds at `key` now (nil once removed).
    /// `parsed` is the same pod as the scheduler already read it, used when its spec is `pod`'s.
    mutating func update(_ key: Key, to pod: KubeObject?, parsed: SchedulingPod? = nil) {
        // A write that leaves a placed pod's spec as it was (a status update) moves no load.
        if let pod, pod.deletionTimestamp == nil, !pod.isFinished, placed[key]?.holds(theSpecOf: pod) == true {
            placed[key]?.hold(pod)
            return
        }
        pending.remove(key)
        if let old = placed.removeValue(forKey: key), let node = old.object.nodeName {
            loads[node]?.remove(old)
            if loads[node]?.pods == 0 { loads[node] = nil }
            withAntiAffinity.remove(key)
            reposition(node)
        }
        guard let pod, pod.deletionTimestamp == nil else { return }
        guard let node = pod.nodeName else {
            pending.insert(key)
            return
        }
        guard !pod.isFinished else { return }
        var parsed = parsed ?? SchedulingPod(pod)
        if parsed.holds(theSpecOf: pod) { parsed.hold(pod) } else { parsed = SchedulingPod(pod) }
        placed[key] = parsed
        loads[node, default: NodeLoad()].add(parsed)
        if !parsed.antiAffinityTerms.isEmpty { withAntiAffinity.insert(key) }
        reposition(node)
    }

    /// Takes each node's position from `nodes`, unless they are the same list as last time
    /// (`list` names it: the count of node writes it was read at; nil for a list read afresh).
    mutating func position(_ nodes: [SchedulingNode], list: Int?) {
        if let list, list == positionedList, loadsByPosition.count == nodes.count { return }
        positionedList = list
        positions = Dictionary(nodes.map { ($0.name, $0.index) }, uniquingKeysWith: { first, _ in first })
        // Most nodes carry nothing yet: only the loaded ones are looked up.
        loadsByPosition = Array(repeating: NodeLoad(), count: nodes.count)
        for (node, load) in loads {
            guard let position = positions[node] else { continue }
            loadsByPosition[position] = load
        }
    }

    /// Copies the load of the node named `node` to its position.
    private mutating func reposition(_ node: String) {
        guard let position = positions[node] else { return }
        loadsByPosition[position] = load(on: node)
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
            && positions.allSatisfy { loadsByPosition[$0.value] == load(on: $0.key) }
    }
}
