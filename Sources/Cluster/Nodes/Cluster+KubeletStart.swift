import KubeAPI

/// A kubelet starting in a node container that has just started again: it registers its node,
/// finishes deleting the pods deleted while it was away, and once the runtime is up gives every
/// other pod a new sandbox (a new IP) and restarts its containers.
extension Cluster {
    /// The kubelet's start: its events, a fresh node status, and the pods it can now let go.
    func startKubelet(on name: String) {
        let source = EventSource(component: "kubelet", host: name)
        eventCorrelator.forget { $0 == source }  // a new kubelet process, a new recorder
        guard var node = lookup(.nodes, nil, name) else {
            // It retries until the apiserver answers (`registerPendingNodes`).
            if isControlPlaneDown { nodeContainers[name]?.registrationPending = true } else { registerStartedKubelet(name) }
            return
        }
        let previous = node[path: "status.conditions"].array
        func status(of type: String) -> String? { previous.first { $0["type"].string == type }?["status"].string }
        recordEvent(node, reason: "Starting", message: "Starting kubelet.", source: source)
        recordEvent(node, reason: "NodeAllocatableEnforced", message: "Updated Node Allocatable limit across pods", source: source)
        // The status setters run first on a blank node (`initialNode`), so every pressure condition
        // is new; then on the stored node, where each one not already False changes again.
        for pass in 0..<2 {
            for (type, state) in Self.pressureEvents where pass == 0 || status(of: type) != "False" {
                recordEvent(node, reason: state, message: "Node \(name) status is now: \(state)", source: source)
            }
        }
        node.value["status"] = NodeStatusWriter.status(node, bootedAt: now, now: now)
        var taints = node[path: "spec.taints"].array
        taints.removeAll { [Self.unreachableTaintKey, Self.notReadyTaintKey].contains($0["key"].string ?? "") }
        node[path: "spec.taints"] = taints.isEmpty ? .null : .array(taints)
        save(.nodes, node)
        if status(of: "Ready") != "True" {
            recordEvent(node, reason: "NodeReady", message: "Node \(name) status is now: NodeReady", source: source)
        }
        finishPodsDeleted(on: name)
        wake(at: now.adding(seconds: runtime.imagePresentSeconds), for: Self.kubeletStartKey(name))
    }

    /// A kubelet that found no node registers it, then goes on as any starting kubelet.
    private func registerStartedKubelet(_ name: String) {
        nodeContainers[name]?.registrationPending = false
        guard registerNode(name) != nil else { return }
        finishPodsDeleted(on: name)
        wake(at: now.adding(seconds: runtime.imagePresentSeconds), for: Self.kubeletStartKey(name))
    }

    /// The kubelets that started while the apiserver was down register their nodes now that it
    /// answers; reports whether any did.
    func registerPendingNodes() -> Bool {
        // Registrations wait only while the control plane is down: most passes find none.
        guard nodeContainerSummary.someRegistrationPending else { return false }
        let pending = nodeContainers.filter { $0.value.registrationPending && $0.value.isRunning && $0.value.kubeletStoppedAt == nil }
        for name in pending.keys.sorted() { registerStartedKubelet(name) }
        return !pending.isEmpty
    }

    /// The new kubelet finishes the pods deleted while it was away.
    private func finishPodsDeleted(on name: String) {
        for pod in list(.pods) where pod.nodeName == name && pod.deletionTimestamp != nil {
            finishDeletion(of: pod)
        }
    }

    /// Runs the first pod sync of each kubelet whose start is due; reports whether any ran.
    func resyncStartedKubelets() -> Bool {
        var changed = false
        // In node order, as the nodes are listed.
        for name in dueWakeups(prefix: Self.kubeletStartPrefix).sorted() where lookup(.nodes, nil, name) != nil {
            cancelWakeup(for: Self.kubeletStartKey(name))
            resyncPods(on: name)
            changed = true
        }
        return changed
    }

    /// The kubelet's first pod sync: the sandboxes died with the container, so each pod that had
    /// one gets a new one and its containers, killed when the node stopped, start again.
    func resyncPods(on name: String) {
        guard let node = lookup(.nodes, nil, name), let container = nodeContainers[name] else { return }
        // As after a timeline reboot, the runtime reports the old containers gone when it comes back.
        let killedAt = container.startedAt
        for pod in list(.pods) where pod.nodeName == name && pod.deletionTimestamp == nil && !pod.isFinished {
            // Pods whose sandbox the kubelet made since it started need nothing.
            guard let started = pod[path: "status.startTime"].string.flatMap(Timestamp.init(rfc3339:)), started < container.startedAt else { continue }
            var updated = pod
            if pod[path: "spec.hostNetwork"].bool != true {
                if let old = pod[path: "status.podIP"].string { ipam.release(old, on: name) }
                if let ip = ipam.allocate(on: name) {
                    updated[path: "status.podIP"] = .string(ip)
                    updated[path: "status.podIPs"] = [["ip": .string(ip)]]
                }
            }
            for container in pod[path: "spec.containers"].array {
                PodStatusWriter.update(&updated, container: container["name"].string ?? "") { status in
                    guard !status[path: "state.running"].isNull else { return }
                    status["state"] = ["terminated": PodStatusWriter.killedByReboot(status, at: killedAt)]
                    status["ready"] = false
                    status["started"] = false
                }
            }
            PodStatusWriter.refresh(&updated, at: now)
            save(.pods, updated)
            recordEvent(updated, reason: "SandboxChanged", message: "Pod sandbox changed, it will be killed and re-created.",
                source: EventSource(component: "kubelet", host: node.name))
            for container in pod[path: "spec.containers"].array {
                schedule(.pull, pod.uid, container["name"].string ?? "", at: now)
            }
        }
    }

    /// Each pressure condition and the event the kubelet records when it turns False.
    static let pressureEvents = [
        ("MemoryPressure", "NodeHasSufficientMemory"), ("DiskPressure", "NodeHasNoDiskPressure"),
        ("PIDPressure", "NodeHasSufficientPID"),
    ]

    /// The wake-up key that stands for a kubelet that has started but not yet synced its pods.
    static func kubeletStartKey(_ node: String) -> String { kubeletStartPrefix + node }

    static let kubeletStartPrefix = "kubelet-start/"
}
