import Kubectl

/// Passes output on unchanged, as a pipe does: what writes to it is not writing to a terminal
/// (a process started by `podman exec` without `-t`).
final class PipedSink: OutputSink {
    private let base: any OutputSink

    init(_ base: any OutputSink) { self.base = base }

    var reachesTerminal: Bool { false }

    var takesMoreOutput: Bool { base.takesMoreOutput }

    func write(_ text: String, to stream: StandardStream) { base.write(text, to: stream) }
}
