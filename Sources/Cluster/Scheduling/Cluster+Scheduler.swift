import KubeAPI

/// The default scheduler, reduced to what the lab needs: it filters nodes a pod may run on
/// and scores them by how much room they have left (LeastAllocated and BalancedAllocation).
extension Cluster {
    /// Binds every pending, unscheduled pod to the best node; reports whether any was bound.
    func schedulePendingPods() -> Bool {
        var changed = false
        for pod in list(.pods) where pod[path: "spec.nodeName"].isNull && pod.deletionTimestamp == nil {
            guard let node = bestNode(for: pod) else { continue }
            var bound = pod
            bound[path: "spec.nodeName"] = .string(node)
            bound[path: "status.conditions"] = [
                ["lastProbeTime": nil, "lastTransitionTime": .string(now.rfc3339), "status": "True", "type": "PodScheduled"]
            ]
            save(.pods, bound)
            changed = true
        }
        return changed
    }

    private func bestNode(for pod: KubeObject) -> String? {
        let pods = list(.pods).filter { $0.deletionTimestamp == nil && !$0.isFinished }
        var best: (score: Double, name: String)?
        for node in list(.nodes) where fits(pod, on: node, podsOnNode: pods.filter { $0.nodeName == node.name }) {
            let score = self.score(pod, on: node, podsOnNode: pods.filter { $0.nodeName == node.name })
            if best == nil || score > best!.score { best = (score, node.name) }
        }
        return best?.name
    }

    private func fits(_ pod: KubeObject, on node: KubeObject, podsOnNode: [KubeObject]) -> Bool {
        guard node.isReady, node[path: "spec.unschedulable"].bool != true else { return false }
        guard podsOnNode.count < node.allocatable(.pods) else { return false }
        let selector = pod[path: "spec.nodeSelector"].stringMap
        guard selector.allSatisfy({ node.labels[$0.key] == $0.value }) else { return false }
        let tolerations = pod[path: "spec.tolerations"].array
        for taint in node[path: "spec.taints"].array where ["NoSchedule", "NoExecute"].contains(taint["effect"].string ?? "") {
            guard tolerations.contains(where: { tolerates($0, taint) }) else { return false }
        }
        let used = podsOnNode.map { $0.requests(nonZero: false) }.reduce(ResourceAmount(), +)
        let wanted = pod.requests(nonZero: false)
        return used.milliCPU + wanted.milliCPU <= node.allocatableCPU && used.memory + wanted.memory <= node.allocatableMemory
    }

    private func tolerates(_ toleration: JSONValue, _ taint: JSONValue) -> Bool {
        if let effect = toleration["effect"].string, effect != taint["effect"].string { return false }
        guard let key = toleration["key"].string else { return toleration["operator"].string == "Exists" }
        guard key == taint["key"].string else { return false }
        return toleration["operator"].string == "Exists" || toleration["value"].string == taint["value"].string
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
