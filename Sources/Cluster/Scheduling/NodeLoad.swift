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

    /// Adds what another load counts.
    mutating func add(_ other: NodeLoad) {
        pods += other.pods
        requested = requested + other.requested
        requestedNonZero = requestedNonZero + other.requestedNonZero
    }

    mutating func remove(_ pod: SchedulingPod) {
        pods -= 1
        requested = requested - pod.requests
        requestedNonZero = requestedNonZero - pod.requestsNonZero
    }
}

/// The pods bound to nodes at the start of a scheduling pass, kept current as the pass binds
/// more: each node's load, and the placed pods the inter-pod affinity rules look at. Loads are
/// read from the scheduler's cache as nodes are tried, so a pass costs the nodes it tries.
struct SchedulingSnapshot {
    private let cache: SchedulerCache
    private let nodes: [SchedulingNode]
    /// What the pods bound during this pass add to their nodes, by node index (empty until one is).
    private var boundLoads: [NodeLoad] = []
    /// The pods bound during this pass, with their nodes.
    private var boundNow: [PodAffinity.Placement] = []
    /// Every placed pod with its node; built only when some pod's affinity rules need it.
    private var everyPlaced: [PodAffinity.Placement]?
    /// Placed pods that carry required anti-affinity terms (which every newcomer must respect).
    private(set) var withAntiAffinity: [PodAffinity.Placement] = []

    init(cache: SchedulerCache, nodes: [SchedulingNode]) {
        self.cache = cache
        self.nodes = nodes
        let holders = cache.placedWithAntiAffinity
        if !holders.isEmpty { withAntiAffinity = placements(of: holders) }
    }

    func load(on node: SchedulingNode) -> NodeLoad {
        var load = cache.load(on: node.name)
        if boundLoads.indices.contains(node.index) { load.add(boundLoads[node.index]) }
        return load
    }

    /// Every placed pod with its node.
    mutating func placed() -> [PodAffinity.Placement] {
        if let everyPlaced { return everyPlaced }
        let all = placements(of: cache.everyPlaced) + boundNow
        everyPlaced = all
        return all
    }

    /// Counts a pod bound to `node` during this pass.
    mutating func bind(_ pod: SchedulingPod, to node: SchedulingNode) {
        if boundLoads.isEmpty { boundLoads = Array(repeating: NodeLoad(), count: nodes.count) }
        if boundLoads.indices.contains(node.index) { boundLoads[node.index].add(pod) }
        boundNow.append((pod, node))
        if !pod.antiAffinityTerms.isEmpty { withAntiAffinity.append((pod, node)) }
        everyPlaced?.append((pod, node))
    }

    /// `pods` with the nodes they are placed on, leaving out those whose node the pass does not know.
    private func placements(of pods: [SchedulingPod]) -> [PodAffinity.Placement] {
        let nodesByName = Dictionary(nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        return pods.compactMap { pod in nodesByName[pod.object.nodeName ?? ""].map { (pod: pod, node: $0) } }
    }
}
