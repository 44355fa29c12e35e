import KubeAPI

/// One line a container wrote to its stdout or stderr, and when the runtime received it.
public struct LogEntry: Sendable, Equatable {
    public var time: Timestamp
    /// The line without its newline.
    public var text: String

    public init(time: Timestamp, text: String) {
        self.time = time
        self.text = text
    }
}
