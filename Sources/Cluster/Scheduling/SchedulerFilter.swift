import KubeAPI

/// Why one node cannot take a pod, worded as the scheduler's filter plugins word it.
struct SchedulerFilter {
    /// The failing plugin's reasons (`Insufficient cpu`, `node(s) had untolerated taint {k: v}`).
    var reasons: [String]
    /// Whether evicting other pods could help (`Unschedulable`) or not (`UnschedulableAndUnresolvable`).
    var resolvable: Bool

    static let fits = SchedulerFilter(reasons: [], resolvable: true)

    /// Runs the default filter plugins in their 1.32 order and stops at the first that rejects the node:
    /// NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit, VolumeBinding, InterPodAffinity.
    /// `snapshot` holds what every node already carries and the placed pods (for pod affinity rules).
    static func check(_ pod: SchedulingPod, on node: SchedulingNode, snapshot: inout SchedulingSnapshot) -> SchedulerFilter {
        // Each plugin is skipped when neither the pod nor the node gives it anything to check:
        // most pods are tried on hundreds of nodes.
        if node.unschedulable, !pod.tolerations.contains(where: { Tolerations.tolerates($0, Cluster.unschedulableTaint) }) {
            return SchedulerFilter(reasons: [unschedulable], resolvable: false)
        }
        if !node.taints.isEmpty, let taint = Tolerations.firstUntolerated(node.taints, pod.tolerations, effects: blockingEffects) {
            let text = "node(s) had untolerated taint {\(taint["key"].string ?? ""): \(taint["value"].string ?? "")}"
            return SchedulerFilter(reasons: [text], resolvable: false)
        }
        guard !pod.hasRequiredNodeRules || NodeAffinity.requiredMatches(pod, node) else {
            return SchedulerFilter(reasons: [affinityMismatch], resolvable: false)
        }
        let reasons = insufficientResources(pod, room: node.room, load: snapshot.load(on: node))
        if !reasons.isEmpty { return SchedulerFilter(reasons: reasons, resolvable: true) }
        if pod.volumes.constrainsNodes {
            let volumeReasons = pod.volumes.reasons(on: node)
            if !volumeReasons.isEmpty { return SchedulerFilter(reasons: volumeReasons, resolvable: false) }
        }
        if !pod.hasPodAffinityRules && snapshot.withAntiAffinity.isEmpty { return .fits }
        let holders = snapshot.withAntiAffinity
        return PodAffinity.failure(pod, on: node, placed: { snapshot.placed() }, antiAffinityHolders: holders) ?? .fits
    }

    /// NodeResourcesFit's reasons why a node with `room`, carrying `load`, cannot take `pod`; none when it can.
    static func insufficientResources(_ pod: SchedulingPod, room: NodeRoom, load: NodeLoad) -> [String] {
        var reasons: [String] = []
        if load.pods + 1 > room.maxPods { reasons.append("Too many pods") }
        let used = load.requested
        let wanted = pod.requests
        if wanted.milliCPU > 0, used.milliCPU + wanted.milliCPU > room.allocatable.milliCPU { reasons.append("Insufficient cpu") }
        if wanted.memory > 0, used.memory + wanted.memory > room.allocatable.memory { reasons.append("Insufficient memory") }
        return reasons
    }

    /// Whether `insufficientResources` finds no reason, worked out without listing any.
    static func hasRoom(for pod: SchedulingPod, room: NodeRoom, load: NodeLoad) -> Bool {
        let used = load.requested
        let wanted = pod.requests
        return load.pods + 1 <= room.maxPods
            && (wanted.milliCPU <= 0 || used.milliCPU + wanted.milliCPU <= room.allocatable.milliCPU)
            && (wanted.memory <= 0 || used.memory + wanted.memory <= room.allocatable.memory)
    }

    /// The `FitError` message: `0/3 nodes are available: 3 Insufficient cpu. preemption: 0/3 nodes are
    /// available: 3 No preemption victims found for incoming pod.`
    static func message(_ filters: [SchedulerFilter]) -> String {
        let total = filters.count
        var text = "0/\(total) nodes are available:"
        let reasons = histogram(filters.flatMap(\.reasons))
        if !reasons.isEmpty { text += " \(reasons)." }
        let verdicts = filters.map {
            $0.resolvable ? "No preemption victims found for incoming pod" : "Preemption is not helpful for scheduling"
        }
        return text + " preemption: 0/\(total) nodes are available: \(histogram(verdicts))."
    }

    /// `sortReasonsHistogram`: `<count> <reason>` for each distinct reason, sorted as strings, joined by `, `.
    private static func histogram(_ reasons: [String]) -> String {
        var counts: [String: Int] = [:]
        for reason in reasons { counts[reason, default: 0] += 1 }
        return counts.map { "\($0.value) \($0.key)" }.sorted().joined(separator: ", ")
    }

    /// The taint effects that keep a pod off a node.
    static let blockingEffects: Set<String> = ["NoSchedule", "NoExecute"]
    static let unschedulable = "node(s) were unschedulable"
    static let affinityMismatch = "node(s) didn't match Pod's node affinity/selector"
}
