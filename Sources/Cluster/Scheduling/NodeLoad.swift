import KubeAPI

/// What one node already carries, as the scheduler's snapshot sums it: pods counted against
/// `maxPods`, and their requests (as declared, and with the scoring defaults for empty ones).
struct NodeLoad {
    var pods = 0
    var requested = ResourceAmount()
    var requestedNonZero = ResourceAmount()

    mutating func add(_ pod: SchedulingPod) {
        pods += 1
        requested = requested + pod.requests
        requestedNonZero = requestedNonZero + pod.requestsNonZero
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
    private var running: [SchedulingPod] = []

    init(pods: [KubeObject], nodes: [SchedulingNode]) {
        nodesByName = Dictionary(nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        loads = Array(repeating: NodeLoad(), count: nodes.count)
        for pod in pods where pod.nodeName != nil && pod.deletionTimestamp == nil && !pod.isFinished {
            let placed = SchedulingPod(pod)
            running.append(placed)
            record(placed)
        }
    }

    func load(on node: SchedulingNode) -> NodeLoad { loads.indices.contains(node.index) ? loads[node.index] : NodeLoad() }

    /// Every placed pod with its node.
    mutating func placed() -> [PodAffinity.Placement] {
        if let everyPlaced { return everyPlaced }
        let all = running.compactMap { pod in nodesByName[pod.object.nodeName ?? ""].map { (pod: pod, node: $0) } }
        everyPlaced = all
        return all
    }

    /// Counts a pod bound during this pass.
    mutating func bind(_ pod: SchedulingPod) {
        record(pod)
        if everyPlaced != nil, let node = nodesByName[pod.object.nodeName ?? ""] { everyPlaced?.append((pod, node)) }
    }

    private mutating func record(_ pod: SchedulingPod) {
        guard let nodeName = pod.object.nodeName, let node = nodesByName[nodeName] else { return }
        if loads.indices.contains(node.index) { loads[node.index].add(pod) }
        if !pod.antiAffinityTerms.isEmpty { withAntiAffinity.append((pod, node)) }
    }
}
