/// Which standard stream a piece of output goes to.
public enum StandardStream: Sendable, Equatable {
    case stdout, stderr
}

/// Where a command writes its output; terminals, pipes and transcripts all implement it.
public protocol OutputSink: AnyObject {
    func write(_ text: String, to stream: StandardStream)
}

/// An output sink that keeps every write in order, for pipes, tests and transcripts.
public final class OutputBuffer: OutputSink {
    public private(set) var chunks: [(stream: StandardStream, text: String)] = []

    public init() {}

    public func write(_ text: String, to stream: StandardStream) {
        guard !text.isEmpty else { return }
        chunks.append((stream, text))
    }

    /// Everything written, both streams interleaved as a terminal shows them.
    public var combined: String { chunks.map(\.text).joined() }
    public var stdout: String { chunks.filter { $0.stream == .stdout }.map(\.text).joined() }
    public var stderr: String { chunks.filter { $0.stream == .stderr }.map(\.text).joined() }
}

/// The streams a command runs with: input text, and a sink for its output.
public struct IOStreams {
    public var input: String
    public var sink: any OutputSink

    public init(input: String = "", sink: any OutputSink) {
        self.input = input
        self.sink = sink
    }

    public func out(_ text: String) { sink.write(text, to: .stdout) }
    public func err(_ text: String) { sink.write(text, to: .stderr) }
}
