import KubeAPI

/// The default scheduler, reduced to what the lab needs: it filters nodes a pod may run on
/// (`SchedulerFilter`) and scores them by how much room they have left (LeastAllocated and
/// BalancedAllocation), and records `Scheduled` or `FailedScheduling` as the real one does.
extension Cluster {
    /// Binds every pending, unscheduled pod to the best node; reports whether any was bound.
    /// A pod that fits nowhere stays Pending with a `FailedScheduling` event and condition.
    func schedulePendingPods() -> Bool {
        // Pending pods are unbound ones: without any, the cache waits until there are, unless
        // catching up would take more of the journal than building it again.
        guard store.unboundPods > 0 else {
            if schedulerCache == nil || journalBacklog(of: .scheduler) > store.count(of: .pods) { dropSchedulerCache() }
            return false
        }
        let (nodes, rooms, nodeList) = schedulingNodes()
        // The pass owns the cache while it runs, and keeps it for the next.
        var snapshot = SchedulingSnapshot(cache: takeSchedulerCache(positioning: nodes, list: nodeList), nodes: nodes, rooms: rooms)
        defer { schedulerCache = snapshot.cache }
        // A pod that names another scheduler is left for it.
        let pending = store.list(.pods, at: snapshot.cache.pending).filter {
            ($0[path: "spec.schedulerName"].string ?? Self.schedulerName) == Self.schedulerName
        }
        var changed = false
        let instance = schedulerInstance
        for pod in pending {
            var candidate = SchedulingPod(pod)
            candidate.volumes = podVolumes(for: pod)
            if let rejection = candidate.volumes.rejection {
                let message = SchedulerFilter.preFilterMessage(rejection, nodes: nodes.count)
                changed = reportUnschedulable(pod, message: message, instance: instance) || changed
                continue
            }
            // Filtering starts where the last pod's search stopped and ends once enough nodes fit.
            let start = nodes.isEmpty ? 0 : schedulerStartIndex % nodes.count
            let wanted = NodeSampling.feasibleNodesToFind(among: nodes.count)
            let (feasible, processed) = snapshot.feasibleNodes(for: candidate, from: start, wanted: wanted)
            if !nodes.isEmpty { schedulerStartIndex = (schedulerStartIndex + processed) % nodes.count }
            if let best = bestNode(for: candidate, among: feasible, of: nodes, snapshot: snapshot) {
                let node = nodes[best]
                if !candidate.volumes.delayed.isEmpty {
                    changed = assumeVolumes(candidate.volumes, of: pod, on: node, instance: instance) || changed
                    continue
                }
                let placed = candidate.bound(to: node.name)
                let stored = bind(placed.object, instance: instance)
                snapshot.assume(placed, on: node, stored: stored)
                changed = true
            } else {
                // No node fit, so every node was filtered: their verdicts, in any order, make the message.
                let filters = nodes.map { SchedulerFilter.check(candidate, on: $0, snapshot: &snapshot) }
                changed = reportUnschedulable(pod, message: SchedulerFilter.message(filters), instance: instance) || changed
            }
        }
        return changed
    }

    /// The scheduler's cache, taken from the cluster (which holds none until it is given back)
    /// and brought up to date with the pods written since it last looked, its loads positioned
    /// as in `nodes`; built from every pod when it has not been kept or the journal no longer
    /// reaches back.
    private func takeSchedulerCache(positioning nodes: [SchedulingNode], list: Int?) -> SchedulerCache {
        var cache: SchedulerCache
        // Taken out of the cluster, so the updates edit the cache in place.
        if var kept = schedulerCache.take(), let changes = takeChanges(for: .scheduler) {
            var seen = Set<ObjectStore.Key>()
            for change in changes where change.type == .pods && seen.insert(change.key).inserted {
                kept.update(change.key, to: store.get(.pods, namespace: change.key.namespace, name: change.key.name))
            }
            cache = kept
        } else {
            skipChanges(for: .scheduler)
            cache = SchedulerCache(pods: store.list(.pods))
        }
        cache.position(nodes, list: list)
        return cache
    }

    /// Works out the scheduler's views of the pods and nodes now, so every lab started from this
    /// cluster's snapshot has them (a restored world has every pod placed, so none was kept).
    public func prepareSchedulerViews() {
        if schedulerCache == nil {
            skipChanges(for: .scheduler)
            schedulerCache = SchedulerCache(pods: store.list(.pods))
        }
        _ = schedulingNodes()
        _ = schedulerInstance
    }

    /// Forgets the scheduler's cache (to be built again when pods next wait for a node), so the
    /// journal need not be kept for it.
    private func dropSchedulerCache() {
        schedulerCache = nil
        skipChanges(for: .scheduler)
    }

    /// The nodes as the scheduler reads them and their rooms, parsed again only once a node was
    /// written (or when reads answer for the nodes, which vary with the time), with the count of
    /// node writes the list was read at (nil for a list read afresh).
    private func schedulingNodes() -> (nodes: [SchedulingNode], rooms: [NodeRoom], list: Int?) {
        if let answered = answeredOnRead(.nodes, namespace: nil) {
            let nodes = answered.enumerated().map { SchedulingNode($1, index: $0) }
            return (nodes, nodes.map(\.room), nil)
        }
        let writes = store.writeCount(of: .nodes)
        if let cached = schedulingNodeCache, cached.nodeWrites == writes { return (cached.nodes, cached.rooms, writes) }
        let nodes = store.list(.nodes).enumerated().map { SchedulingNode($1, index: $0) }
        let rooms = nodes.map(\.room)
        schedulingNodeCache = (writes, nodes, rooms)
        return (nodes, rooms, writes)
    }

    /// The index of the feasible node with the highest score; the first such node on a tie.
    private func bestNode(
        for pod: SchedulingPod, among feasible: [Int], of nodes: [SchedulingNode], snapshot: SchedulingSnapshot
    ) -> Int? {
        // Both scores are zero everywhere unless the pod prefers nodes or some node prefers no pods.
        let preferred = pod.preferredNodeTerms.isEmpty ? [] : feasible.map { NodeAffinity.preferredWeight(pod, nodes[$0]) }
        let rooms = snapshot.rooms
        let tainted = feasible.contains { rooms[$0].hasPreferNoScheduleTaints }
        let intolerable = !tainted ? [] : feasible.map { index in
            nodes[index].preferNoScheduleTaints.filter { taint in !pod.tolerations.contains { Tolerations.tolerates($0, taint) } }.count
        }
        let maxPreferred = preferred.max() ?? 0
        let maxIntolerable = intolerable.max() ?? 0
        var best: (score: Double, node: Int)?
        let wanted = pod.requestsNonZero
        for (position, index) in feasible.enumerated() {
            var score = Self.score(wanted, room: rooms[index], load: snapshot.load(at: index))
            if maxPreferred > 0 { score += Double(2 * (preferred[position] * 100 / maxPreferred)) }
            if maxIntolerable > 0 { score += Double(3 * (100 - intolerable[position] * 100 / maxIntolerable)) }
            if best == nil || score > best!.score { best = (score, index) }
        }
        return best?.node
    }

    /// The name pods give the default scheduler (`spec.schedulerName`).
    static let schedulerName = "default-scheduler"

    /// Writes `pod`, given its node, as scheduled and returns it as the store now holds it.
    private func bind(_ pod: KubeObject, instance: String) -> KubeObject? {
        let node = pod.nodeName ?? ""
        var bound = pod
        bound[path: "status.conditions"] = [
            ["lastProbeTime": nil, "lastTransitionTime": .string(nowRFC3339), "status": "True", "type": "PodScheduled"]
        ]
        // The binding subresource writes the pod past the field manager: no one owns nodeName.
        writing(as: nil) { save(.pods, bound) }
        cancelWakeup(for: Self.volumeBindingPrefix + pod.uid)
        let message = "Successfully assigned \(pod.namespace ?? "default")/\(pod.name) to \(node)"
        recordSchedulerEvent(bound, reason: "Scheduled", message: message, action: "Binding", instance: instance)
        return store.get(.pods, namespace: pod.namespace ?? "", name: pod.name)
    }

    /// Sets `PodScheduled=False` (`Unschedulable`) and records `FailedScheduling`, once per distinct message.
    func reportUnschedulable(
        _ pod: KubeObject, message: String, instance: String, reason: String = "Unschedulable"
    ) -> Bool {
        let current = pod[path: "status.conditions"].array.first { $0["type"].string == "PodScheduled" }
        if current?["reason"].string == reason, current?["message"].string == message { return false }
        var pending = pod
        pending[path: "status.phase"] = "Pending"
        pending[path: "status.conditions"] = [
            [
                "lastProbeTime": nil, "lastTransitionTime": .string(nowRFC3339), "message": .string(message),
                "reason": .string(reason), "status": "False", "type": "PodScheduled",
            ]
        ]
        save(.pods, pending)
        recordSchedulerEvent(
            pending, reason: "FailedScheduling", message: message, type: "Warning", action: "Scheduling", instance: instance)
        return true
    }

    /// LeastAllocated plus BalancedAllocation, each 0...100, using the scheduler's non-zero
    /// defaults (100m CPU, 200MB memory) for containers that request nothing.
    private static func score(_ wanted: ResourceAmount, room: NodeRoom, load: NodeLoad) -> Double {
        let requested = load.requestedNonZero + wanted
        let cpuFraction = Double(requested.milliCPU) / Double(max(1, room.allocatable.milliCPU))
        let memoryFraction = Double(requested.memory) / Double(max(1, room.allocatable.memory))
        let leastAllocated = ((1 - cpuFraction) + (1 - memoryFraction)) * 50
        let balanced = (1 - abs(cpuFraction - memoryFraction) / 2) * 100
        return leastAllocated + balanced
    }
}

extension KubeObject {
    var nodeName: String? { value.string("spec", "nodeName") }

    var isFinished: Bool {
        let phase = value.string("status", "phase")
        return phase == "Succeeded" || phase == "Failed"
    }

    var isReady: Bool {
        self[path: "status.conditions"].array.contains { $0["type"].string == "Ready" && $0["status"].string == "True" }
    }

    enum NodeResource { case pods }

    func allocatable(_ resource: NodeResource) -> Int { Int(self[path: "status.allocatable.pods"].string ?? "") ?? 110 }
    var allocatableCPU: Int64 { ResourceAmount.parse(self[path: "status.allocatable.cpu"].string ?? "0", scale: 1000) }
    var allocatableMemory: Int64 { ResourceAmount.parse(self[path: "status.allocatable.memory"].string ?? "0") }

    /// The pod's summed container requests plus its overhead (from its RuntimeClass); with
    /// `nonZero`, the scheduler's scoring defaults fill gaps.
    func requests(nonZero: Bool) -> ResourceAmount {
        let overhead = self[path: "spec.overhead"]
        let fixed = ResourceAmount(
            milliCPU: overhead["cpu"].string.map { ResourceAmount.parse($0, scale: 1000) } ?? 0,
            memory: overhead["memory"].string.map { ResourceAmount.parse($0) } ?? 0)
        return self[path: "spec.containers"].array.reduce(fixed) { total, container in
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
