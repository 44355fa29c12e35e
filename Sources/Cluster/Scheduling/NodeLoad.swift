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

/// The pods bound to nodes at the start of a scheduling pass, kept current as the pass binds
/// more: each node's load, and the placed pods the inter-pod affinity rules look at.
struct SchedulingSnapshot {
    /// Each node's load, by its index in the pass's node list.
    private var loads: [NodeLoad]
    /// Every placed pod with its node; built only when some pod's affinity rules need it.
    private var everyPlaced: [PodAffinity.Placement]?
    /// Placed pods that carry required anti-affinity terms (which every newcomer must respect).
    private(set) var withAntiAffinity: [PodAffinity.Placement] = []
    private let nodesByName: [String: SchedulingNode]
    private let cache: SchedulerCache
    /// The pods bound during this pass.
    private var boundNow: [SchedulingPod] = []

    init(cache: SchedulerCache, nodes: [SchedulingNode]) {
        let nodesByName = Dictionary(nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.nodesByName = nodesByName
        self.cache = cache
        loads = nodes.map { cache.load(on: $0.name) }
        withAntiAffinity = cache.placedWithAntiAffinity.compactMap { pod in
            nodesByName[pod.object.nodeName ?? ""].map { (pod: pod, node: $0) }
        }
    }

    func load(on node: SchedulingNode) -> NodeLoad {
        loads.indices.contains(node.index) ? loads[node.index] : NodeLoad()
    }

    /// Every placed pod with its node.
    mutating func placed() -> [PodAffinity.Placement] {
        if let everyPlaced { return everyPlaced }
        let all = (cache.everyPlaced + boundNow).compactMap { pod in
            nodesByName[pod.object.nodeName ?? ""].map { (pod: pod, node: $0) }
        }
        everyPlaced = all
        return all
    }

    /// Counts a pod bound during this pass.
    mutating func bind(_ pod: SchedulingPod) {
        boundNow.append(pod)
        guard let node = nodesByName[pod.object.nodeName ?? ""] else { return }
        if loads.indices.contains(node.index) { loads[node.index].add(pod) }
        if !pod.antiAffinityTerms.isEmpty { withAntiAffinity.append((pod, node)) }
        if everyPlaced != nil { everyPlaced?.append((pod, node)) }
    }
}
