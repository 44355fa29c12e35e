import Kubectl

/// The session's own writer: tutor text to stdout, always starting on a fresh line.
///
/// Lab output passes through too, so the writer knows whether the cursor is at a line's start.
final class SessionOutput: OutputSink {
    let sink: any OutputSink
    private(set) var atLineStart = true

    init(_ sink: any OutputSink) {
        self.sink = sink
    }

    var reachesTerminal: Bool { sink.reachesTerminal }

    var takesMoreOutput: Bool { sink.takesMoreOutput }

    func write(_ text: String, to stream: StandardStream) {
        guard !text.isEmpty else { return }
        sink.write(text, to: stream)
        atLineStart = text.hasSuffix("\n")
    }

    /// Writes `text` as whole lines on stdout, after ending any unfinished line.
    func say(_ text: String) {
        if !atLineStart { write("\n", to: .stdout) }
        write(text.hasSuffix("\n") ? text : text + "\n", to: .stdout)
    }

    /// Writes `text` as a whole line on stderr.
    func warn(_ text: String) {
        if !atLineStart { write("\n", to: .stdout) }
        write(text.hasSuffix("\n") ? text : text + "\n", to: .stderr)
    }
}

/// Passes output on while keeping a copy of everything, for the checker.
final class CapturingSink: OutputSink {
    private let next: any OutputSink
    private(set) var text = ""

    init(forwardingTo next: any OutputSink) {
        self.next = next
    }

    var reachesTerminal: Bool { next.reachesTerminal }

    var takesMoreOutput: Bool { next.takesMoreOutput }

    func write(_ text: String, to stream: StandardStream) {
        self.text += text
        next.write(text, to: stream)
    }
}

/// Discards everything, for catching the lab up quietly.
final class DiscardingSink: OutputSink {
    func write(_ text: String, to stream: StandardStream) {}
}
