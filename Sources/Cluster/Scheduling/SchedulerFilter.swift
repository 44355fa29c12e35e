import KubeAPI

/// Why one node cannot take a pod, worded as the scheduler's filter plugins word it.
struct SchedulerFilter {
    /// The failing plugin's reasons (`Insufficient cpu`, `node(s) had untolerated taint {k: v}`).
    var reasons: [String]
    /// Whether evicting other pods could help (`Unschedulable`) or not (`UnschedulableAndUnresolvable`).
    var resolvable: Bool

    static let fits = SchedulerFilter(reasons: [], resolvable: true)

    /// Runs the default filter plugins in their 1.32 order and stops at the first that rejects the node:
    /// NodeUnschedulable, TaintToleration, NodeAffinity, NodeResourcesFit.
    static func check(_ pod: KubeObject, on node: KubeObject, podsOnNode: [KubeObject]) -> SchedulerFilter {
        let tolerations = pod[path: "spec.tolerations"].array
        let unschedulableTaint: JSONValue = ["effect": "NoSchedule", "key": "node.kubernetes.io/unschedulable"]
        if node[path: "spec.unschedulable"].bool == true, !tolerations.contains(where: { tolerates($0, unschedulableTaint) }) {
            return SchedulerFilter(reasons: ["node(s) were unschedulable"], resolvable: false)
        }
        var taints = node[path: "spec.taints"].array
        if !node.isReady, !taints.contains(where: { $0["key"].string == "node.kubernetes.io/not-ready" }) {
            taints.append(["effect": "NoSchedule", "key": "node.kubernetes.io/not-ready"])
        }
        for taint in taints where ["NoSchedule", "NoExecute"].contains(taint["effect"].string ?? "") {
            guard tolerations.contains(where: { tolerates($0, taint) }) else {
                let text = "node(s) had untolerated taint {\(taint["key"].string ?? ""): \(taint["value"].string ?? "")}"
                return SchedulerFilter(reasons: [text], resolvable: false)
            }
        }
        let selector = pod[path: "spec.nodeSelector"].stringMap
        guard selector.allSatisfy({ node.labels[$0.key] == $0.value }) else {
            return SchedulerFilter(reasons: ["node(s) didn't match Pod's node affinity/selector"], resolvable: false)
        }
        var reasons: [String] = []
        if podsOnNode.count + 1 > node.allocatable(.pods) { reasons.append("Too many pods") }
        let used = podsOnNode.map { $0.requests(nonZero: false) }.reduce(ResourceAmount(), +)
        let wanted = pod.requests(nonZero: false)
        if wanted.milliCPU > 0, used.milliCPU + wanted.milliCPU > node.allocatableCPU { reasons.append("Insufficient cpu") }
        if wanted.memory > 0, used.memory + wanted.memory > node.allocatableMemory { reasons.append("Insufficient memory") }
        return SchedulerFilter(reasons: reasons, resolvable: true)
    }

    private static func tolerates(_ toleration: JSONValue, _ taint: JSONValue) -> Bool {
        if let effect = toleration["effect"].string, !effect.isEmpty, effect != taint["effect"].string { return false }
        guard let key = toleration["key"].string, !key.isEmpty else { return toleration["operator"].string == "Exists" }
        guard key == taint["key"].string else { return false }
        return toleration["operator"].string == "Exists" || (toleration["value"].string ?? "") == (taint["value"].string ?? "")
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
}
