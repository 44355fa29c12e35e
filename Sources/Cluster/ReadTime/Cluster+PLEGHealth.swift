import KubeAPI

/// The kubelet's pod lifecycle event generator relists the runtime's pods every second; while
/// containerd is stopped each relist fails, and once the last good one is more than 3 minutes
/// old the PLEG health check fails too. From then on the Ready message names both errors, and
/// since the elapsed time in it changes, the kubelet posts its status at every 10 s status tick.
/// Those posts are worked out when a node is read rather than written every 10 s.
extension Cluster {
    /// The nodes as a read sees them now, or nil while no kubelet is past the PLEG threshold.
    func nodesWithPLEGHealth() -> [KubeObject]? {
        guard nodeContainerSummary.someContainerdStopped else { return nil }
        let late = nodeContainers.filter { plegLastSeen($0.value, node: $0.key) != nil }
        guard !late.isEmpty else { return nil }
        return store.list(.nodes).map { node in
            guard let container = late[node.name], let lastSeen = plegLastSeen(container, node: node.name) else { return node }
            return withPLEGError(node, container: container, lastSeen: lastSeen)
        }
    }

    /// When the PLEG last relisted, for a kubelet that reports its runtime down and whose last
    /// status tick came after the relist threshold; nil otherwise.
    private func plegLastSeen(_ container: NodeContainer, node: String) -> Timestamp? {
        guard container.isRunning, container.kubeletStoppedAt == nil, let stopped = container.containerdStoppedAt,
            wakeups[Self.runtimeDownKey(node)] == nil
        else { return nil }
        let origin = container.kubeletRestartedAt.map { max($0, container.startedAt) } ?? container.startedAt
        let lastRelist = Self.tick(atOrBefore: stopped, from: origin, every: 1)
        let lastTick = Self.tick(atOrBefore: now, from: origin, every: Self.nodeStatusSeconds)
        return lastTick.milliseconds(since: lastRelist) > Self.relistThresholdSeconds * 1000 ? lastRelist : nil
    }

    /// The node as the kubelet last posted it: every heartbeat at its last status tick, and the
    /// Ready message with both errors (`utilerrors.NewAggregate` brackets more than one).
    private func withPLEGError(_ node: KubeObject, container: NodeContainer, lastSeen: Timestamp) -> KubeObject {
        let origin = container.kubeletRestartedAt.map { max($0, container.startedAt) } ?? container.startedAt
        let lastTick = Self.tick(atOrBefore: now, from: origin, every: Self.nodeStatusSeconds)
        let elapsed = GoDuration.format(milliseconds: lastTick.milliseconds(since: lastSeen))
        let threshold = GoDuration.format(milliseconds: Self.relistThresholdSeconds * 1000)
        let pleg = "PLEG is not healthy: pleg was last seen active \(elapsed) ago; threshold is \(threshold)"
        var reported = node
        reported[path: "status.conditions"] = .array(node[path: "status.conditions"].array.map { condition in
            var c = condition
            c["lastHeartbeatTime"] = .string(lastTick.rfc3339)
            if c["type"].string == "Ready", c["status"].string == "False" {
                c["message"] = .string("[\(Self.runtimeDownMessage), \(pleg)]")
            }
            return c
        })
        return reported
    }

    /// The generic PLEG's relist threshold.
    static let relistThresholdSeconds: Int64 = 180
}
