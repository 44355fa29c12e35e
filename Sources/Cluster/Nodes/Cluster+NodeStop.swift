import KubeAPI

/// A node whose container stops (`podman stop tk8s-worker2`) or starts again.
extension Cluster {
    /// The node's container exits with `exitCode`: its kubelet and every container in it die at
    /// once. The kubelet posts no more status, so after the node monitor grace period the node
    /// lifecycle controller calls it `Unknown` and taints it `unreachable`.
    public func stopNode(_ name: String, exitCode: Int) {
        guard nodeContainers[name]?.isRunning == true else { return }
        haltNode(name, exitCode: exitCode)
        wake(at: now.adding(seconds: Self.nodeMonitorGracePeriodSeconds), for: Self.kubeletStoppedKey(name))
        reconcile()
    }

    /// The node's container starts again: its kubelet comes back (see `Cluster+KubeletStart.swift`).
    public func startNode(_ name: String) {
        guard var container = nodeContainers[name], !container.isRunning else { return }
        container.isRunning = true
        container.startedAt = now
        container.starts += 1
        nodeContainers[name] = container
        cancelWakeup(for: Self.kubeletStoppedKey(name))
        startKubelet(on: name)
        reconcile()
    }

    /// Stops the container and forgets what its kubelet was about to do: nothing in it runs now.
    func haltNode(_ name: String, exitCode: Int) {
        guard var container = nodeContainers[name], container.isRunning else { return }
        container.isRunning = false
        container.exitedAt = now
        container.exitCode = exitCode
        // systemd starts the (enabled) kubelet afresh with the container.
        container.kubeletStops = []
        container.kubeletStarts = []
        container.containerdStops = []
        container.containerdStarts = []
        nodeContainers[name] = container
        cancelWakeup(for: Self.kubeletStartKey(name))
        cancelWakeup(for: Self.runtimeDownKey(name))
        cancelWakeup(for: Self.runtimeUpKey(name))
        for pod in list(.pods) where pod.nodeName == name {
            cancelKubeletSteps(of: pod)
            stoppingPods[pod.uid] = nil
        }
    }
}
