import KubeAPI

/// The container a node runs in (`podman run ... tk8s-worker2`), as the host's engine sees it:
/// running since it last started, or exited at some moment with some code.
public struct NodeContainer: Sendable, Equatable {
    /// When the container last started: the host's last boot, or the last `podman start`.
    public var startedAt: Timestamp
    /// When it last exited; nil while it has run since the world began.
    public var exitedAt: Timestamp?
    /// The exit code of its last run.
    public var exitCode: Int
    public var isRunning: Bool

    public init(startedAt: Timestamp, exitedAt: Timestamp? = nil, exitCode: Int = 0, isRunning: Bool = true) {
        self.startedAt = startedAt
        self.exitedAt = exitedAt
        self.exitCode = exitCode
        self.isRunning = isRunning
    }
}

extension Cluster {
    /// The container behind the node `name`, or nil when there is no such node.
    public func nodeContainer(_ name: String) -> NodeContainer? { nodeContainers[name] }

    /// Whether the node's container, and so its kubelet and every pod on it, has stopped.
    public func isKubeletStopped(_ name: String) -> Bool { nodeContainers[name]?.isRunning == false }
}
