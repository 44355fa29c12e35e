import KubeAPI

/// The node lifecycle controller: it taints cordoned nodes, notices a kubelet that has stopped
/// posting status (`Ready` turns `Unknown` after the node monitor grace period) and taints the
/// node `unreachable`, so that the taint eviction controller moves its pods away.
extension Cluster {
    /// One pass over every node; reports whether anything changed.
    func reconcileNodes() -> Bool {
        var changed = registerPendingNodes()
        changed = resyncStartedKubelets() || changed
        changed = reportRuntimeStates() || changed
        // Only nodes written or removed since the last pass, or whose kubelet's grace period is
        // up, can have anything to do: the others were synced when they last changed.
        let stopped = dueWakeups(prefix: Self.kubeletStoppedPrefix)
        let changedNames = changedNodeNames()
        let nodes = changedNames.map { $0.union(stopped).sorted().compactMap { lookup(.nodes, nil, $0) } } ?? list(.nodes)
        for node in nodes {
            var updated = lookup(.nodes, nil, node.name) ?? node
            var touched = syncUnschedulableTaint(&updated)
            if let due = wakeups[Self.kubeletStoppedKey(node.name)], due <= now {
                cancelWakeup(for: Self.kubeletStoppedKey(node.name))
                markUnreachable(&updated)
                touched = true
            }
            if touched, save(.nodes, updated) { changed = true }
        }
        // The controller forgets a deleted node's grace period with the node.
        for name in stopped where nodeContainers[name] != nil && wakeups[Self.kubeletStoppedKey(name)].map({ $0 <= now }) == true {
            if lookup(.nodes, nil, name) == nil { cancelWakeup(for: Self.kubeletStoppedKey(name)) }
        }
        updateNoExecuteTaints(of: changedNames?.union(stopped))
        changed = evictIntolerantPods() || changed
        changed = collectOrphanedPods() || changed
        return changed
    }

    /// `spec.unschedulable` and the `node.kubernetes.io/unschedulable:NoSchedule` taint go together;
    /// reports whether the node was changed.
    private func syncUnschedulableTaint(_ node: inout KubeObject) -> Bool {
        var taints = node[path: "spec.taints"].array
        let has = taints.contains { $0.matchesTaint(Self.unschedulableTaint) }
        let cordoned = node[path: "spec.unschedulable"].bool == true
        if cordoned && !has {
            taints.append(controllerTaint(Self.unschedulableTaintKey, "NoSchedule"))
        } else if !cordoned && has {
            taints.removeAll { $0.matchesTaint(Self.unschedulableTaint) }
        } else {
            return false
        }
        node[path: "spec.taints"] = taints.isEmpty ? .null : .array(taints)
        let state = cordoned ? "NodeNotSchedulable" : "NodeSchedulable"
        recordEvent(node, reason: state, message: "Node \(node.name) status is now: \(state)",
            source: EventSource(component: "kubelet", host: node.name))
        return true
    }

    /// Every condition turns `Unknown`, the node is tainted `unreachable` (NoExecute first, as the
    /// NoExecute tainter runs ahead of the NoSchedule pass), and its pods are marked not ready.
    private func markUnreachable(_ node: inout KubeObject) {
        let since = JSONValue.string(now.rfc3339)
        node[path: "status.conditions"] = .array(node[path: "status.conditions"].array.map { condition in
            var c = condition
            c["status"] = "Unknown"
            c["reason"] = "NodeStatusUnknown"
            c["message"] = "Kubelet stopped posting node status."
            c["lastTransitionTime"] = since
            return c
        })
        var taints = node[path: "spec.taints"].array
        for effect in ["NoExecute", "NoSchedule"] {
            let taint = controllerTaint(Self.unreachableTaintKey, effect)
            if !taints.contains(where: { $0.matchesTaint(taint) }) { taints.append(taint) }
        }
        node[path: "spec.taints"] = .array(taints)
        recordEvent(node, reason: "NodeNotReady", message: "Node \(node.name) status is now: NodeNotReady",
            source: EventSource(component: "node-controller"))
        for pod in list(.pods) where pod.nodeName == node.name && pod.deletionTimestamp == nil && !pod.isFinished {
            markNotReady(pod, node: node.name)
        }
    }

    /// `MarkPodsNotReady`: the pod's Ready condition turns False, with a `NodeNotReady` event.
    private func markNotReady(_ pod: KubeObject, node: String) {
        var updated = pod
        updated[path: "status.conditions"] = .array(pod[path: "status.conditions"].array.map { condition in
            guard condition["type"].string == "Ready", condition["status"].string != "False" else { return condition }
            var c = condition
            c["status"] = "False"
            c["lastTransitionTime"] = .string(now.rfc3339)
            return c
        })
        save(.pods, updated)
        recordEvent(updated, reason: "NodeNotReady", message: "Node is not ready", type: "Warning",
            source: EventSource(component: "node-controller"))
    }

    /// The wake-up key that stands for a stopped kubelet until the grace period has passed.
    static func kubeletStoppedKey(_ node: String) -> String { kubeletStoppedPrefix + node }

    static let kubeletStoppedPrefix = "node-lifecycle/kubelet-stopped/"

    /// The names of the nodes written or removed since the loop last read the journal; nil when
    /// it never read or the journal no longer reaches back that far.
    private func changedNodeNames() -> Set<String>? {
        guard let cursor = journalCursors[.nodes], store.canRead(from: cursor) else { return nil }
        guard store.hasChanges(of: [.nodes], from: cursor) else { return [] }
        return Set(store.changes(from: cursor).lazy.filter { $0.type == .nodes }.map(\.key.name))
    }

    /// What follows `prefix` in each wake-up key with that prefix that is due now.
    func dueWakeups(prefix: String) -> [String] {
        let now = now
        return wakeups.due(at: now, prefix: prefix).map { String($0.key.dropFirst(prefix.count)) }
    }

    /// How long the controller waits for a kubelet's status before it calls the node `Unknown`.
    static let nodeMonitorGracePeriodSeconds: Int64 = 40
}
