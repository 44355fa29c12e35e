import Kubectl

/// Where an output file descriptor points after redirections.
enum OutputDestination {
    /// The stream of the sink the command was given (a terminal or a pipe).
    case stream(StandardStream)
    case file(FileCapture)
    /// `/dev/null`.
    case discard
}

/// Output bound for a file; written to the filesystem when the command finishes.
final class FileCapture {
    let path: String
    var text = ""

    init(path: String) { self.path = path }
}

/// A sink that sends each stream where the command's redirections point it.
final class RedirectedSink: OutputSink {
    let base: any OutputSink
    var standardOutput: OutputDestination = .stream(.stdout)
    var standardError: OutputDestination = .stream(.stderr)

    init(base: any OutputSink) { self.base = base }

    var reachesTerminal: Bool {
        if case .stream = standardOutput { return base.reachesTerminal }
        return false
    }

    var takesMoreOutput: Bool {
        switch standardOutput {
        case .stream: base.takesMoreOutput
        case .file(let capture): capture.text.utf8.count < ShellLimits.outputBytes
        case .discard: false
        }
    }

    func write(_ text: String, to stream: StandardStream) {
        switch stream == .stdout ? standardOutput : standardError {
        case .stream(let target): base.write(text, to: target)
        case .file(let capture):
            if capture.text.utf8.count < ShellLimits.outputBytes { capture.text += text }
        case .discard: break
        }
    }
}
