import KubeAPI

/// The kubelet's `/stats/summary`: the node's and each running pod's CPU and memory, from the
/// same usage metrics.k8s.io reports (`Metrics/`), in the Summary API's shape, written as
/// go-restful writes an entity (`json.MarshalIndent` with a one-space indent).
///
/// Only figures the simulation holds are given: CPU as a rate and, the rate being steady, its
/// total since each container (and the node) started; memory as the working set, and what is
/// left below a limit. The rest of the real summary (RSS, page faults, file systems, network,
/// system containers, swap, process counts) has no source here and is left out.
extension Cluster {
    func kubeletStatsSummary(on node: String) -> String {
        GoJSON.marshalIndent(kubeletSummary(on: node, order: inGoMapOrder), indent: " ")
    }

    /// The summary as a JSON value, its pods and each pod's containers in the order `order` gives
    /// (the kubelet's maps are Go maps; a caller that sorts them passes them as they come).
    func kubeletSummary(on node: String, order: ([JSONValue]) -> [JSONValue]) -> JSONValue {
        let load = requestLoad()
        let time = JSONValue.string(now.rfc3339)
        var pods: [JSONValue] = []
        var nodeUsage = runtime.nodeSystemUsage
        let nodeStart = nodeContainer(node)?.startedAt ?? lookup(.nodes, nil, node)?.creationTimestamp ?? now
        var nodeCPUTotal = Self.coreNanoseconds(runtime.nodeSystemUsage.cpuMillicores, over: now.milliseconds(since: nodeStart))
        for pod in list(.pods) where pod.nodeName == node && pod[path: "status.phase"].string == "Running" {
            guard let started = pod[path: "status.startTime"].string else { continue }
            var containers: [JSONValue] = []
            var podUsage = ResourceUsage(cpuMillicores: 0, memoryBytes: 0)
            var podCPUTotal: Int64 = 0
            for (name, usage) in runningContainers(of: pod, load: load) {
                let status = PodStatusWriter.container(pod, name)
                let start = status[path: "state.running.startedAt"].string.flatMap(Timestamp.init(rfc3339:)) ?? now
                let total = Self.coreNanoseconds(usage.cpuMillicores, over: now.milliseconds(since: start))
                let limit = pod.containerSpec(named: name)?[path: "resources.limits.memory"].string.map { ResourceAmount.parse($0) }
                containers.append([
                    "name": .string(name), "startTime": .string(start.rfc3339),
                    "cpu": Self.cpuStats(usage, total: total, time: time),
                    "memory": Self.memoryStats(usage, limit: limit, time: time),
                ])
                podUsage = podUsage + usage
                podCPUTotal += total
            }
            nodeUsage = nodeUsage + podUsage
            nodeCPUTotal += podCPUTotal
            let uid = Self.isMirrorPod(pod) ? pod.annotations["kubernetes.io/config.hash"] ?? pod.uid : pod.uid
            pods.append([
                "podRef": ["name": .string(pod.name), "namespace": .string(pod.namespace ?? ""), "uid": .string(uid)],
                "startTime": .string(started),
                "containers": containers.isEmpty ? .null : .array(order(containers)),
                "cpu": Self.cpuStats(podUsage, total: podCPUTotal, time: time),
                "memory": Self.memoryStats(podUsage, limit: Self.podMemoryLimit(pod), time: time),
            ])
        }
        let capacity = lookup(.nodes, nil, node)?[path: "status.capacity.memory"].string.map { ResourceAmount.parse($0) }
        let summary: JSONValue = [
            "node": [
                "nodeName": .string(node), "startTime": .string(nodeStart.rfc3339),
                "cpu": Self.cpuStats(nodeUsage, total: nodeCPUTotal, time: time),
                "memory": Self.memoryStats(nodeUsage, limit: capacity, time: time),
            ],
            "pods": .array(order(pods)),
        ]
        return summary
    }

    /// CPU time at a steady `millicores` over `milliseconds`, in core-nanoseconds.
    private static func coreNanoseconds(_ millicores: Int64, over milliseconds: Int64) -> Int64 {
        millicores * max(0, milliseconds) * 1000
    }

    private static func cpuStats(_ usage: ResourceUsage, total: Int64, time: JSONValue) -> JSONValue {
        ["time": time, "usageNanoCores": .int(Int(usage.cpuMillicores * 1_000_000)), "usageCoreNanoSeconds": .int(Int(total))]
    }

    /// `availableBytes` is what the limit leaves above the working set, given only under a limit.
    private static func memoryStats(_ usage: ResourceUsage, limit: Int64?, time: JSONValue) -> JSONValue {
        var stats: JSONValue = ["time": time]
        if let limit { stats["availableBytes"] = .int(Int(max(0, limit - usage.memoryBytes))) }
        stats["workingSetBytes"] = .int(Int(usage.memoryBytes))
        return stats
    }

    /// The pod cgroup's memory limit: set only when every app container has one, to their sum
    /// (or the largest init container's, if more) plus the pod's overhead.
    private static func podMemoryLimit(_ pod: KubeObject) -> Int64? {
        let limits = pod[path: "spec.containers"].array.map { $0[path: "resources.limits.memory"].string.map { ResourceAmount.parse($0) } }
        guard !limits.isEmpty, limits.allSatisfy({ $0 != nil }) else { return nil }
        let initLimit = pod[path: "spec.initContainers"].array.compactMap {
            $0[path: "resources.limits.memory"].string.map { ResourceAmount.parse($0) }
        }.max() ?? 0
        let overhead = pod[path: "spec.overhead.memory"].string.map { ResourceAmount.parse($0) } ?? 0
        return max(limits.reduce(0) { $0 + ($1 ?? 0) }, initLimit) + overhead
    }
}
