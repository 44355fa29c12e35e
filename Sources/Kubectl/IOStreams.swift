/// Which standard stream a piece of output goes to.
public enum StandardStream: Sendable, Equatable {
    case stdout, stderr
}

/// Where a command writes its output; terminals, pipes and transcripts all implement it.
public protocol OutputSink: AnyObject {
    func write(_ text: String, to stream: StandardStream)
    /// Whether standard output reaches the learner's terminal rather than a pipe, a capture or a
    /// file, as `isatty(1)` tells a program (`ls` lays names out in columns only then).
    var reachesTerminal: Bool { get }
    /// Whether more standard output would still be kept or shown anywhere. Once it is not (the
    /// line's output limit is reached, or it goes to `/dev/null`), a long printout may stop.
    var takesMoreOutput: Bool { get }
}

extension OutputSink {
    public var reachesTerminal: Bool { true }
    public var takesMoreOutput: Bool { true }
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

/// Standard input taken from a stream only when a command reads it, as a process reads its stdin:
/// a shell gives one to each command of a loop body, so what one command reads the next does not see.
public protocol InputSource: AnyObject {
    /// Everything the command reads; the first read takes it from the stream.
    var text: String { get }
    /// Whether the input is the learner's terminal (nothing piped or redirected), read as typed.
    var isTerminal: Bool { get }
    /// The next whitespace-separated word, consumed (from the terminal, waiting for a line); nil
    /// at the end.
    func readWord() -> String?
}

extension InputSource {
    public var isTerminal: Bool { false }
    public func readWord() -> String? { text.split(whereSeparator: \.isWhitespace).first.map(String.init) }
}

/// The streams a command runs with: input text, and a sink for its output.
public struct IOStreams {
    private var fixedInput: String
    private var source: (any InputSource)?
    public var sink: any OutputSink

    /// Standard input; reading it from a shared source consumes what the source had left.
    public var input: String {
        get { source?.text ?? fixedInput }
        set {
            fixedInput = newValue
            source = nil
        }
    }

    /// One word of standard input, as Go's `fmt.Fscan` reads an answer to a question.
    public func readWord() -> String? {
        source?.readWord() ?? fixedInput.split(whereSeparator: \.isWhitespace).first.map(String.init)
    }

    /// Whether standard input is the terminal: commands that act differently then (`less`, `jq`,
    /// `kubectl exec -t`) ask this rather than read it, which would wait for typing.
    public var inputIsTerminal: Bool { source?.isTerminal ?? false }

    public init(input: String = "", sink: any OutputSink) {
        self.fixedInput = input
        self.sink = sink
    }

    public init(source: any InputSource, sink: any OutputSink) {
        self.fixedInput = ""
        self.source = source
        self.sink = sink
    }

    /// Whether standard output reaches the terminal (see `OutputSink.reachesTerminal`).
    public var writesToTerminal: Bool { sink.reachesTerminal }

    /// Whether standard output is still kept or shown (see `OutputSink.takesMoreOutput`).
    public var takesMoreOutput: Bool { sink.takesMoreOutput }

    public func out(_ text: String) { sink.write(text, to: .stdout) }
    public func err(_ text: String) { sink.write(text, to: .stderr) }
}
