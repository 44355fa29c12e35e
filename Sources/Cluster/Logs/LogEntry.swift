import KubeAPI

/// One line a container wrote to its stdout or stderr, and when the runtime received it.
public struct LogEntry: Sendable, Equatable {
    public var time: Timestamp
    /// The line without its newline.
    public var text: String
    /// Whether the line lacks its newline: the process ended in the middle of it (`printf hello`),
    /// so the runtime logged it as a partial line and the log reader adds no newline either.
    public var partial: Bool

    public init(time: Timestamp, text: String, partial: Bool = false) {
        self.time = time
        self.text = text
        self.partial = partial
    }

    /// The line as the log sends it: with its newline unless partial.
    public var sent: String { partial ? text : text + "\n" }
}
