import KubeAPI

/// What one node already carries, as the scheduler's snapshot sums it: pods counted against
/// `maxPods`, and their requests (as declared, and with the scoring defaults for empty ones).
struct NodeLoad {
    var pods = 0
    var requested = ResourceAmount()
    var requestedNonZero = ResourceAmount()

    mutating func add(_ pod: KubeObject) {
        pods += 1
        requested = requested + pod.requests(nonZero: false)
        requestedNonZero = requestedNonZero + pod.requests(nonZero: true)
    }
}

/// The pods bound to nodes at the start of a scheduling pass, kept current as the pass binds
/// more: each node's load, and the placed pods the inter-pod affinity rules look at.
struct SchedulingSnapshot {
    private(set) var loads: [String: NodeLoad] = [:]
    /// Every placed pod with its node; built only when some pod's affinity rules need it.
    private var everyPlaced: [(pod: KubeObject, node: KubeObject)]?
    /// Placed pods that carry required anti-affinity terms (which every newcomer must respect).
    private(set) var withAntiAffinity: [(pod: KubeObject, node: KubeObject)] = []
    private let nodesByName: [String: KubeObject]
    private let running: [KubeObject]

    init(pods: [KubeObject], nodes: [KubeObject]) {
        nodesByName = Dictionary(nodes.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        running = pods.filter { $0.nodeName != nil && $0.deletionTimestamp == nil && !$0.isFinished }
        for pod in running { record(pod) }
    }

    func load(on node: String) -> NodeLoad { loads[node] ?? NodeLoad() }

    /// Every placed pod with its node.
    mutating func placed() -> [(pod: KubeObject, node: KubeObject)] {
        if let everyPlaced { return everyPlaced }
        let all = running.compactMap { pod in nodesByName[pod.nodeName ?? ""].map { (pod: pod, node: $0) } }
        everyPlaced = all
        return all
    }

    /// Counts a pod bound during this pass.
    mutating func bind(_ pod: KubeObject) {
        record(pod)
        if everyPlaced != nil, let node = nodesByName[pod.nodeName ?? ""] { everyPlaced?.append((pod, node)) }
    }

    private mutating func record(_ pod: KubeObject) {
        guard let nodeName = pod.nodeName else { return }
        loads[nodeName, default: NodeLoad()].add(pod)
        if PodAffinity.hasRequiredAntiAffinity(pod), let node = nodesByName[nodeName] {
            withAntiAffinity.append((pod, node))
        }
    }
}
