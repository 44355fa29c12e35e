import KubeAPI

/// What one node already carries, as the scheduler's snapshot sums it: pods counted against
/// `maxPods`, and their requests (as declared, and with the scoring defaults for empty ones).
struct NodeLoad: Equatable {
    var pods = 0
    var requested = ResourceAmount()
    var requestedNonZero = ResourceAmount()

    mutating func add(_ pod: SchedulingPod) {
        pods += 1
        requested = requested + pod.requests
        requestedNonZero = requestedNonZero + pod.requestsNonZero
    }

    mutating func remove(_ pod: SchedulingPod) {
        pods -= 1
        requested = requested - pod.requests
        requestedNonZero = requestedNonZero - pod.requestsNonZero
    }
}

/// The scheduler's cache as one pass reads it: each node's load, and the placed pods the
/// inter-pod affinity rules look at. A pod bound during the pass is assumed into the cache at
/// once, as the real scheduler's `AssumePod` does; the journal later brings the same write.
/// Loads are read by node position, so a pass costs the nodes it tries.
struct SchedulingSnapshot {
    /// Owned by the pass (the cluster lets go of its copy), so assuming a pod edits it in place.
    private(set) var cache: SchedulerCache
    private let nodes: [SchedulingNode]
    /// The nodes' rooms, by the same positions.
    let rooms: [NodeRoom]
    /// Every placed pod with its node; built only when some pod's affinity rules need it.
    private var everyPlaced: [PodAffinity.Placement]?
    /// Placed pods that carry required anti-affinity terms (which every newcomer must respect).
    private(set) var withAntiAffinity: [PodAffinity.Placement] = []

    init(cache: consuming SchedulerCache, nodes: [SchedulingNode], rooms: [NodeRoom]) {
        self.cache = cache
        self.nodes = nodes
        self.rooms = rooms
        let holders = self.cache.placedWithAntiAffinity
        if !holders.isEmpty { withAntiAffinity = placements(of: holders) }
    }

    func load(on node: SchedulingNode) -> NodeLoad {
        let byPosition = cache.loadsByPosition
        return byPosition.indices.contains(node.index) ? byPosition[node.index] : cache.load(on: node.name)
    }

    /// The load on the node at `position` in the pass's list.
    func load(at position: Int) -> NodeLoad {
        let byPosition = cache.loadsByPosition
        return byPosition.indices.contains(position) ? byPosition[position] : cache.load(on: nodes[position].name)
    }

    /// Every placed pod with its node.
    mutating func placed() -> [PodAffinity.Placement] {
        if let everyPlaced { return everyPlaced }
        let all = placements(of: cache.everyPlaced)
        everyPlaced = all
        return all
    }

    /// The positions of the nodes that pass every filter for `pod`, tried round the list from
    /// `start` until `wanted` pass, and how many nodes were tried.
    mutating func feasibleNodes(for pod: SchedulingPod, from start: Int, wanted: Int) -> (positions: [Int], tried: Int) {
        var feasible: [Int] = []
        feasible.reserveCapacity(min(wanted, nodes.count))
        // Most pods are tried on hundreds of nodes that only their room could keep them off.
        let roomOnly = pod.needsOnlyRoom && withAntiAffinity.isEmpty
        // Read once, not per node: filtering changes neither.
        let rooms = self.rooms
        let loads = cache.loadsByPosition
        var tried = 0
        var index = start
        while tried < nodes.count && feasible.count < wanted {
            let fits =
                roomOnly && rooms[index].takesAnyPod
                ? SchedulerFilter.hasRoom(
                    for: pod, room: rooms[index], load: loads.indices.contains(index) ? loads[index] : load(at: index))
                : SchedulerFilter.check(pod, on: nodes[index], snapshot: &self).reasons.isEmpty
            if fits { feasible.append(index) }
            tried += 1
            index = index + 1 == nodes.count ? 0 : index + 1
        }
        return (feasible, tried)
    }

    /// Counts a pod bound to `node` during this pass: `stored` is the pod as the store now holds it.
    mutating func assume(_ pod: SchedulingPod, on node: SchedulingNode, stored: KubeObject?) {
        let key = ObjectStore.Key(namespace: pod.object.namespace ?? "", name: pod.object.name)
        cache.update(key, to: stored, parsed: pod)
        if !pod.antiAffinityTerms.isEmpty { withAntiAffinity.append((pod, node)) }
        everyPlaced?.append((pod, node))
    }

    /// `pods` with the nodes they are placed on, leaving out those whose node the pass does not know.
    private func placements(of pods: [SchedulingPod]) -> [PodAffinity.Placement] {
        let nodesByName = Dictionary(nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return pods.compactMap { pod in nodesByName[pod.object.nodeName ?? ""].map { (pod: pod, node: $0) } }
    }
}
