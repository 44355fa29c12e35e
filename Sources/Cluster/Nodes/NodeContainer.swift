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
    /// How many times the container has started since it was created (its log holds one run each).
    public var starts = 1
    /// When `systemctl stop kubelet` stopped the kubelet service, since the container started.
    public var kubeletStops: [Timestamp] = []
    /// When `systemctl start kubelet` started it again after each stop.
    public var kubeletStarts: [Timestamp] = []
    /// When `systemctl stop containerd` stopped the runtime, and when it started again after each stop.
    public var containerdStops: [Timestamp] = []
    public var containerdStarts: [Timestamp] = []
    /// The Node its kubelet registers when it starts and finds none (`KubeletRegistration`).
    public var registration: KubeObject?
    /// Its kubelet started while the apiserver was down and has yet to register the node.
    public var registrationPending = false

    /// When the kubelet service was stopped, while it is.
    public var kubeletStoppedAt: Timestamp? { kubeletStops.count > kubeletStarts.count ? kubeletStops.last : nil }
    /// When the kubelet service last started again; nil while it has run since the container started.
    public var kubeletRestartedAt: Timestamp? { kubeletStarts.last }
    /// How many times the kubelet service was started again (each time a new process).
    public var kubeletRestarts: Int { kubeletStarts.count }

    /// When containerd was stopped, while it is; its shims keep the pods' containers running.
    public var containerdStoppedAt: Timestamp? { containerdStops.count > containerdStarts.count ? containerdStops.last : nil }

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

    /// Whether the node's kubelet is not running: its container stopped (and every pod on it with
    /// it), or the kubelet service alone was stopped (the pods' containers run on).
    public func isKubeletStopped(_ name: String) -> Bool {
        guard let container = nodeContainers[name] else { return false }
        return !container.isRunning || container.kubeletStoppedAt != nil
    }

    /// Whether nothing syncs the node's pods: its kubelet is stopped, or the kubelet cannot reach
    /// the container runtime (its pod workers wait for a pod cache the failing relist never fills).
    public func isPodSyncStopped(_ name: String) -> Bool {
        isKubeletStopped(name) || nodeContainers[name]?.containerdStoppedAt != nil
    }
}
