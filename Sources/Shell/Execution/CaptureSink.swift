import Kubectl

/// The write end of a pipe or `$(...)`: keeps standard output (up to a limit) and passes
/// standard error straight on, as a real pipe leaves stderr on the terminal.
final class CaptureSink: OutputSink {
    private(set) var captured = ""
    private let errors: any OutputSink
    private let limit: Int
    private var size = 0
    /// The virtual clock, when the pipe keeps when each write came (`arrivals`).
    private let clock: (() -> Int64)?
    private(set) var arrivals: [(byte: Int, time: Int64)] = []

    init(errors: any OutputSink, limit: Int = ShellLimits.outputBytes, clock: (() -> Int64)? = nil) {
        self.errors = errors
        self.limit = limit
        self.clock = clock
    }

    var reachesTerminal: Bool { false }

    var takesMoreOutput: Bool { size < limit }

    func write(_ text: String, to stream: StandardStream) {
        guard stream == .stdout else { return errors.write(text, to: .stderr) }
        guard size < limit else { return }
        if let clock {
            let now = clock()
            if arrivals.last?.time != now { arrivals.append((size, now)) }
        }
        size += text.utf8.count
        captured += text
    }
}

/// Passes output on until a byte limit, so no command can flood the terminal without end.
final class BoundedSink: OutputSink {
    let base: any OutputSink
    private let limit: Int
    private var size = 0

    init(_ base: any OutputSink, limit: Int = ShellLimits.outputBytes) {
        self.base = base
        self.limit = limit
    }

    var reachesTerminal: Bool { base.reachesTerminal }

    var takesMoreOutput: Bool { size < limit && base.takesMoreOutput }

    func write(_ text: String, to stream: StandardStream) {
        guard size < limit else { return }
        size += text.utf8.count
        base.write(text, to: stream)
    }
}
