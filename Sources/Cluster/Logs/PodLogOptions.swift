import KubeAPI

/// The query of a pod's `log` subresource (`PodLogOptions`).
public struct PodLogOptions: Sendable {
    public var container: String
    /// The run before the current one (`--previous`).
    public var previous = false
    /// Each line prefixed with the time the runtime received it (`--timestamps`).
    public var timestamps = false
    public var sinceSeconds: Int64?
    public var sinceTime: Timestamp?
    /// The last lines only (`--tail`); nil or a negative number for all.
    public var tailLines: Int?
    public var limitBytes: Int?
    /// Reads one run by its container ID (a follower's later reads), whatever the status says now.
    public var containerID: String?
    /// Only lines received after this moment (a follower's later reads).
    public var after: Timestamp?

    public init(container: String) {
        self.container = container
    }
}

/// What a read of a container's log returned.
public struct PodLogRead: Sendable {
    /// What was sent: the lines, each ending in a newline but a partial last one, cut at `limitBytes` if asked.
    public var text: String
    /// Each line as sent (with its timestamp when asked for) and when the runtime received it.
    public var lines: [LogEntry]
    /// The run that was read, for following it; nil when nothing could be read (an unscheduled pod).
    public var containerID: String?
    /// Whether that run is still going, so a follower has more to wait for.
    public var running: Bool
}
