import KubeAPI

/// The kubelet service stopped and started inside a running node container (`systemctl stop
/// kubelet`): unlike a stopped container, the pods' containers keep running, but nothing reports
/// on them. The node stops posting status, so the node lifecycle controller marks it `Unknown`
/// after the grace period and taint eviction deletes its pods, which stay `Terminating` until the
/// kubelet is back to finish them.
extension Cluster {
    /// Stops the kubelet service; false when the container is not running or the kubelet already stopped.
    @discardableResult
    public func stopKubeletService(on name: String) -> Bool {
        guard var container = nodeContainers[name], container.isRunning, container.kubeletStoppedAt == nil else { return false }
        container.kubeletStops.append(now)
        nodeContainers[name] = container
        cancelWakeup(for: Self.kubeletStartKey(name))
        wake(at: now.adding(seconds: Self.nodeMonitorGracePeriodSeconds), for: Self.kubeletStoppedKey(name))
        reconcile()
        return true
    }

    /// Starts the kubelet service again: a new process registers the node and reports a fresh
    /// status, finishes the pods deleted meanwhile, and takes up the pods it finds still running
    /// (their sandboxes outlived it, so none is re-created). False when it was not stopped.
    @discardableResult
    public func startKubeletService(on name: String) -> Bool {
        guard var container = nodeContainers[name], container.isRunning, container.kubeletStoppedAt != nil else { return false }
        container.kubeletStarts.append(now)
        nodeContainers[name] = container
        cancelWakeup(for: Self.kubeletStoppedKey(name))
        startKubelet(on: name)
        // The runtime kept every sandbox: no first sync re-creates them.
        cancelWakeup(for: Self.kubeletStartKey(name))
        reconcile()
        return true
    }
}
