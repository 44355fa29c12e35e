/// What the control loops ask of every node container on each pass, worked out in one walk
/// over them and kept until a container changes: with thousands of nodes, a walk per question
/// per pass costs more than the pass itself.
struct NodeContainerSummary {
    /// Some node's container is stopped.
    var someStopped = false
    /// Some node's containerd is stopped.
    var someContainerdStopped = false
    /// Some kubelet started while the apiserver was down and has yet to register its node.
    var someRegistrationPending = false
    /// The nodes whose containerd was ever stopped since their container started, by name.
    var containerdStoppedOnce: [String] = []

    init(_ containers: [String: NodeContainer]) {
        for (name, container) in containers {
            if !container.isRunning { someStopped = true }
            if container.containerdStoppedAt != nil { someContainerdStopped = true }
            if container.registrationPending { someRegistrationPending = true }
            if !container.containerdStops.isEmpty { containerdStoppedOnce.append(name) }
        }
        containerdStoppedOnce.sort()
    }
}

extension Cluster {
    /// The summary of the node containers as they are now.
    var nodeContainerSummary: NodeContainerSummary {
        if let known = nodeContainerSummaryCache { return known }
        let summary = NodeContainerSummary(nodeContainers)
        nodeContainerSummaryCache = summary
        return summary
    }
}
