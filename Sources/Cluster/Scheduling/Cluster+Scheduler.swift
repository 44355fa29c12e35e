import KubeAPI

/// The default scheduler, reduced to what the lab needs: it filters nodes a pod may run on
/// (`SchedulerFilter`) and scores them by how much room they have left (LeastAllocated and
/// BalancedAllocation), and records `Scheduled` or `FailedScheduling` as the real one does.
extension Cluster {
    /// Binds every pending, unscheduled pod to the best node; reports whether any was bound.
    /// A pod that fits nowhere stays Pending with a `FailedScheduling` event and condition.
    func schedulePendingPods() -> Bool {
        var changed = false
        var podsByNode: [String: [KubeObject]]?
        for pod in list(.pods) where pod[path: "spec.nodeName"].isNull && pod.deletionTimestamp == nil {
            let byNode = podsByNode ?? Dictionary(
                grouping: list(.pods).filter { $0.nodeName != nil && $0.deletionTimestamp == nil && !$0.isFinished },
                by: { $0.nodeName ?? "" })
            var best: (score: Double, name: String)?
            var filters: [SchedulerFilter] = []
            for node in list(.nodes) {
                let onNode = byNode[node.name] ?? []
                let filter = SchedulerFilter.check(pod, on: node, podsOnNode: onNode)
                filters.append(filter)
                guard filter.reasons.isEmpty else { continue }
                let score = self.score(pod, on: node, podsOnNode: onNode)
                if best == nil || score > best!.score { best = (score, node.name) }
            }
            podsByNode = byNode
            if let node = best?.name {
                var bound = pod
                bound[path: "spec.nodeName"] = .string(node)
                podsByNode?[node, default: []].append(bound)
                bind(pod, to: node)
                changed = true
            } else {
                changed = reportUnschedulable(pod, message: SchedulerFilter.message(filters)) || changed
            }
        }
        return changed
    }

    private func bind(_ pod: KubeObject, to node: String) {
        var bound = pod
        bound[path: "spec.nodeName"] = .string(node)
        bound[path: "status.conditions"] = [
            ["lastProbeTime": nil, "lastTransitionTime": .string(now.rfc3339), "status": "True", "type": "PodScheduled"]
        ]
        save(.pods, bound)
        let message = "Successfully assigned \(pod.namespace ?? "default")/\(pod.name) to \(node)"
        recordSchedulerEvent(bound, reason: "Scheduled", message: message, action: "Binding")
    }

    /// Sets `PodScheduled=False` (`Unschedulable`) and records `FailedScheduling`, once per distinct message.
    private func reportUnschedulable(_ pod: KubeObject, message: String) -> Bool {
        let current = pod[path: "status.conditions"].array.first { $0["type"].string == "PodScheduled" }
        if current?["reason"].string == "Unschedulable", current?["message"].string == message { return false }
        var pending = pod
        pending[path: "status.phase"] = "Pending"
        pending[path: "status.conditions"] = [
            [
                "lastProbeTime": nil, "lastTransitionTime": .string(now.rfc3339), "message": .string(message),
                "reason": "Unschedulable", "status": "False", "type": "PodScheduled",
            ]
        ]
        save(.pods, pending)
        recordSchedulerEvent(pending, reason: "FailedScheduling", message: message, type: "Warning", action: "Scheduling")
        return true
    }

    /// LeastAllocated plus BalancedAllocation, each 0...100, using the scheduler's non-zero
    /// defaults (100m CPU, 200MB memory) for containers that request nothing.
    private func score(_ pod: KubeObject, on node: KubeObject, podsOnNode: [KubeObject]) -> Double {
        let requested = (podsOnNode + [pod]).map { $0.requests(nonZero: true) }.reduce(ResourceAmount(), +)
        let cpuFraction = Double(requested.milliCPU) / Double(max(1, node.allocatableCPU))
        let memoryFraction = Double(requested.memory) / Double(max(1, node.allocatableMemory))
        let leastAllocated = ((1 - cpuFraction) + (1 - memoryFraction)) * 50
        let balanced = (1 - abs(cpuFraction - memoryFraction) / 2) * 100
        return leastAllocated + balanced
    }
}

extension KubeObject {
    var nodeName: String? { self[path: "spec.nodeName"].string }

    var isFinished: Bool { ["Succeeded", "Failed"].contains(self[path: "status.phase"].string ?? "") }

    var isReady: Bool {
        self[path: "status.conditions"].array.contains { $0["type"].string == "Ready" && $0["status"].string == "True" }
    }

    enum NodeResource { case pods }

    func allocatable(_ resource: NodeResource) -> Int { Int(self[path: "status.allocatable.pods"].string ?? "") ?? 110 }
    var allocatableCPU: Int64 { ResourceAmount.parse(self[path: "status.allocatable.cpu"].string ?? "0", scale: 1000) }
    var allocatableMemory: Int64 { ResourceAmount.parse(self[path: "status.allocatable.memory"].string ?? "0") }

    /// The pod's summed container requests; with `nonZero`, the scheduler's scoring defaults fill gaps.
    func requests(nonZero: Bool) -> ResourceAmount {
        self[path: "spec.containers"].array.reduce(ResourceAmount()) { total, container in
            let requests = container[path: "resources.requests"]
            var cpu = requests["cpu"].string.map { ResourceAmount.parse($0, scale: 1000) }
            var memory = requests["memory"].string.map { ResourceAmount.parse($0) }
            if nonZero {
                cpu = cpu ?? 100
                memory = memory ?? 200 * 1024 * 1024
            }
            return total + ResourceAmount(milliCPU: cpu ?? 0, memory: memory ?? 0)
        }
    }
}
