import KubeAPI

/// containerd stopped and started inside a running node container (`systemctl stop containerd`).
/// Its shims keep every pod's containers running, but the kubelet can no longer reach the
/// runtime: its 5 s runtime check fails, and once the last good check is 30 s old the next
/// node status it posts (every 10 s) says `Ready=False`, "container runtime is down". The node
/// lifecycle controller then taints the node `not-ready`, so new pods go elsewhere and, after
/// their 300 s toleration, the node's pods are evicted. Meanwhile nothing syncs the node's pods.
/// When containerd is back, the next good check clears the error and the next status is Ready.
extension Cluster {
    /// Stops containerd; false when the container is not running or containerd already stopped.
    @discardableResult
    public func stopContainerdService(on name: String) -> Bool {
        guard var container = nodeContainers[name], container.isRunning, container.containerdStoppedAt == nil else { return false }
        container.containerdStops.append(now)
        nodeContainers[name] = container
        cancelWakeup(for: Self.runtimeUpKey(name))
        if lookup(.nodes, nil, name)?.isReadyFalse != true {
            let lastCheck = Self.tick(atOrBefore: now, from: kubeletOrigin(container), every: Self.runtimeCheckSeconds)
            let down = Self.tick(atOrAfter: lastCheck.adding(seconds: Self.runtimeCheckThresholdSeconds),
                from: kubeletOrigin(container), every: Self.nodeStatusSeconds)
            wake(at: down, for: Self.runtimeDownKey(name))
        }
        reconcile()
        return true
    }

    /// Starts containerd again: the running shims are found again and the pods sync once more.
    /// False when it was not stopped.
    @discardableResult
    public func startContainerdService(on name: String) -> Bool {
        guard var container = nodeContainers[name], container.isRunning, container.containerdStoppedAt != nil else { return false }
        container.containerdStarts.append(now)
        nodeContainers[name] = container
        if wakeups[Self.runtimeDownKey(name)] != nil {
            // Back before the kubelet ever reported it down: nothing to report now.
            cancelWakeup(for: Self.runtimeDownKey(name))
        } else if lookup(.nodes, nil, name)?.isReadyFalse == true {
            let check = Self.tick(atOrAfter: now, from: kubeletOrigin(container), every: Self.runtimeCheckSeconds)
            wake(at: Self.tick(atOrAfter: check, from: kubeletOrigin(container), every: Self.nodeStatusSeconds), for: Self.runtimeUpKey(name))
        }
        // The pods deleted meanwhile can be stopped now.
        for pod in list(.pods)
        where pod.nodeName == name && pod.deletionTimestamp != nil && stoppingPods[pod.uid] == nil
            && (pod.metadata["deletionGracePeriodSeconds"].int ?? 0) > 0
        {
            killContainers(of: pod, on: name, grace: pod[path: "metadata.deletionGracePeriodSeconds"].int ?? 30)
        }
        // Every kubelet looks at all its pods again (the container's change asks for a full scan).
        wake(at: now, for: Self.runtimeBackKey(name))
        reconcile()
        return true
    }

    /// Posts the runtime's state for each kubelet whose status tick has come; reports whether any did.
    func reportRuntimeStates() -> Bool {
        var changed = false
        // Only a node whose containerd was ever stopped has a report pending.
        for name in nodeContainerSummary.containerdStoppedOnce {
            for (key, down) in [(Self.runtimeDownKey(name), true), (Self.runtimeUpKey(name), false)] {
                guard let due = wakeups[key], due <= now else { continue }
                cancelWakeup(for: key)
                guard !isKubeletStopped(name), var updated = lookup(.nodes, nil, name) else { continue }
                postRuntimeState(&updated, down: down)
                changed = true
            }
        }
        return changed
    }

    /// The kubelet's status with the Ready condition set by the runtime's state (`ReadyCondition`
    /// setter): every heartbeat now, the transition now. Then the node lifecycle controller's taints.
    private func postRuntimeState(_ node: inout KubeObject, down: Bool) {
        let time = JSONValue.string(now.rfc3339)
        node[path: "status.conditions"] = .array(node[path: "status.conditions"].array.map { condition in
            var c = condition
            c["lastHeartbeatTime"] = time
            guard c["type"].string == "Ready" else { return c }
            c["status"] = down ? "False" : "True"
            c["reason"] = down ? "KubeletNotReady" : "KubeletReady"
            c["message"] = .string(down ? Self.runtimeDownMessage : "kubelet is posting ready status")
            c["lastTransitionTime"] = time
            return c
        })
        var taints = node[path: "spec.taints"].array
        taints.removeAll { $0["key"].string == Self.notReadyTaintKey }
        if down {
            // The NoSchedule pass runs on the node's update; the NoExecute one on the next health check.
            taints += ["NoSchedule", "NoExecute"].map { controllerTaint(Self.notReadyTaintKey, $0) }
        }
        node[path: "spec.taints"] = taints.isEmpty ? .null : .array(taints)
        save(.nodes, node)
        let state = down ? "NodeNotReady" : "NodeReady"
        recordEvent(node, reason: state, message: "Node \(node.name) status is now: \(state)",
            source: EventSource(component: "kubelet", host: node.name))
    }

    /// Where the kubelet's periodic loops count from: its process's start.
    private func kubeletOrigin(_ container: NodeContainer) -> Timestamp {
        container.kubeletRestartedAt.map { max($0, container.startedAt) } ?? container.startedAt
    }

    /// The first tick of a loop started at `origin` with `seconds` between runs at or after `time`.
    static func tick(atOrAfter time: Timestamp, from origin: Timestamp, every seconds: Int64) -> Timestamp {
        let period = seconds * 1000
        let elapsed = max(0, time.milliseconds(since: origin))
        return origin.adding(milliseconds: (elapsed + period - 1) / period * period)
    }

    /// The last tick at or before `time`.
    static func tick(atOrBefore time: Timestamp, from origin: Timestamp, every seconds: Int64) -> Timestamp {
        let period = seconds * 1000
        return origin.adding(milliseconds: max(0, time.milliseconds(since: origin)) / period * period)
    }

    /// The kubelet's runtime check (`updateRuntimeUp`) runs every 5 s; the runtime counts as down
    /// once the last good check is 30 s old (`maxWaitForContainerRuntime`); the kubelet looks at
    /// its node status every 10 s (`nodeStatusUpdateFrequency`).
    static let runtimeCheckSeconds: Int64 = 5
    static let runtimeCheckThresholdSeconds: Int64 = 30
    static let nodeStatusSeconds: Int64 = 10

    /// The runtime state's error (`runtimeState.runtimeErrors`) while the last check is too old.
    static let runtimeDownMessage = "container runtime is down"

    static func runtimeDownKey(_ node: String) -> String { "node-lifecycle/runtime-down/\(node)" }
    static func runtimeUpKey(_ node: String) -> String { "node-lifecycle/runtime-up/\(node)" }
    /// The kubelets' loop wakes to sync the pods of a node whose runtime is back.
    static let runtimeBackPrefix = "kubelet-runtime-back/"
    static func runtimeBackKey(_ node: String) -> String { runtimeBackPrefix + node }
}

extension KubeObject {
    /// Whether the node's Ready condition is False (its kubelet reports it not ready).
    var isReadyFalse: Bool {
        self[path: "status.conditions"].array.first { $0["type"].string == "Ready" }?["status"].string == "False"
    }
}
