import KubeAPI

/// The host reboots: every node container stops, and comes back when the host is up again.
extension Cluster {
    /// Stops every node container now, lets `downSeconds` pass with nothing running (the control
    /// plane is down too, so no controller notices), then starts them all again. Each kubelet then
    /// restarts its pods in new sandboxes, as a timeline reboot does (`PodStatusWriter.killedByReboot`),
    /// and once the apiserver is back the controller manager registers every node again
    /// (`Cluster+ControlPlane.swift`).
    public func rebootHost(downSeconds: Int64) {
        reconcile()
        // Every container, also one whose node was deleted: its kubelet registers it again.
        let nodes = nodeContainers.keys.sorted()
        for name in nodes {
            haltNode(name, exitCode: Self.shutdownExitCode)
            cancelWakeup(for: Self.kubeletStoppedKey(name))
        }
        clock.advance(to: now.adding(seconds: downSeconds))
        for name in nodes {
            guard var container = nodeContainers[name], !container.isRunning else { continue }
            container.isRunning = true
            container.startedAt = now
            container.starts += 1
            nodeContainers[name] = container
            startKubelet(on: name)
        }
        reconcile()
    }

    /// How a node container's bash ends when the host shuts down: killed (128 + SIGKILL).
    static let shutdownExitCode = 137
}
