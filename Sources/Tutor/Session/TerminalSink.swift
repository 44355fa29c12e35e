import Kubectl
import LineEditing

/// Writes to the process's stdout and stderr, flushing each write so output appears at once.
public final class TerminalSink: OutputSink {
    public init() {}

    public func write(_ text: String, to stream: StandardStream) {
        Terminal.write(text, toStandardError: stream == .stderr)
    }
}
