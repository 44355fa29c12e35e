import KubeAPI

/// A node whose container stops (`podman stop tk8s-worker2`) or starts again.
extension Cluster {
    /// Stops the node's kubelet: it posts no more status, so after the node monitor grace period
    /// the node turns `NotReady` (`Unknown`) and is tainted `unreachable`.
    public func stopNode(_ name: String) {
        guard lookup(.nodes, nil, name) != nil, !isKubeletStopped(name) else { return }
        wake(at: now.adding(seconds: Self.nodeMonitorGracePeriodSeconds), for: Self.kubeletStoppedKey(name))
        reconcile()
    }

    /// Starts the node's kubelet again: it reports Ready, the `unreachable` taints go, and pods
    /// that were deleted while it was away finish terminating.
    public func startNode(_ name: String) {
        guard var node = lookup(.nodes, nil, name), isKubeletStopped(name) else { return }
        cancelWakeup(for: Self.kubeletStoppedKey(name))
        if isUnreachable(node) {
            node.value["status"] = NodeStatusWriter.status(node, bootedAt: now, now: now)
            var taints = node[path: "spec.taints"].array
            taints.removeAll { $0["key"].string == Self.unreachableTaintKey }
            node[path: "spec.taints"] = taints.isEmpty ? .null : .array(taints)
            save(.nodes, node)
            recordEvent(node, reason: "NodeReady", message: "Node \(name) status is now: NodeReady",
                source: EventSource(component: "kubelet", host: name))
            for pod in list(.pods) where pod.nodeName == name && pod.deletionTimestamp != nil {
                stoppingPods[pod.uid] = now.adding(seconds: Self.containerStopSeconds)
            }
        }
        reconcile()
    }

    /// Whether the node's kubelet has been stopped (and not started again).
    public func isKubeletStopped(_ name: String) -> Bool {
        if wakeups[Self.kubeletStoppedKey(name)] != nil { return true }
        return lookup(.nodes, nil, name).map(isUnreachable) ?? false
    }

    /// A node the lifecycle controller has marked `Unknown` because its kubelet went silent.
    func isUnreachable(_ node: KubeObject) -> Bool {
        node[path: "status.conditions"].array.contains {
            $0["type"].string == "Ready" && $0["reason"].string == "NodeStatusUnknown"
        }
    }
}
