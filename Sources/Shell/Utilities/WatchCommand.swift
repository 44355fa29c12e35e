import Kubectl

/// `watch [-n SECONDS] [-t] COMMAND...`: runs the command a few times, moving the virtual clock
/// by the interval between runs.
///
/// A real `watch` repaints the screen until Ctrl-C; here each run's screen (the header, a blank
/// line and the output) is printed in turn, `runs` times, so a learner sees the cluster change.
struct WatchCommand: ShellCommand {
    /// How many times the command runs.
    static let runs = 3

    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())
        var interval = 2.0
        var showHeader = true
        while let first = arguments.first, first.hasPrefix("-"), first.count > 1 {
            arguments.removeFirst()
            if first == "--" { break }
            if first == "-t" || first == "--no-title" {
                showHeader = false
            } else if first == "-n" || first == "--interval" || first.hasPrefix("-n") || first.hasPrefix("--interval=")
            {
                let text =
                    first == "-n" || first == "--interval"
                    ? (arguments.isEmpty ? "" : arguments.removeFirst())
                    : first.hasPrefix("-n") ? String(first.dropFirst(2)) : String(first.dropFirst(11))
                guard let value = Double(text), value >= 0 else {
                    context.io.err("watch: failed to parse argument: '\(text)'\n")
                    return 1
                }
                interval = min(86_400, max(0.1, value))
            } else if first == "-d" || first == "--differences" || first == "-x" || first == "--exec" {
                continue
            } else {
                context.io.err("watch: invalid option -- '\(first.dropFirst().first ?? "-")'\n" + usage)
                return 1
            }
        }
        guard !arguments.isEmpty else {
            context.io.err(usage)
            return 1
        }
        let command = arguments.joined(separator: " ")
        let session = context.session
        let intervalText = Self.shown(interval)
        var status: Int32 = 0
        for run in 0..<Self.runs {
            if run > 0 { session.sleep(Int64(interval.rounded(.up))) }
            if showHeader {
                let left = "Every \(intervalText)s: \(command)"
                let right =
                    "\(session.hostname): " + DateCommand.format("%a %b %e %H:%M:%S %Y", session.filesystem.clock())
                let gap = max(1, 80 - left.count - right.count)
                context.io.out(left + String(repeating: " ", count: gap) + right + "\n\n")
            }
            let executor = ShellExecutor(session: session, errors: context.io.sink)
            let pipe = CaptureSink(errors: context.io.sink)
            executor.runSource(command, input: "", sink: pipe, lineOffset: session.linesRead)
            status = session.lastStatus
            context.io.out(pipe.captured + (run < Self.runs - 1 ? "\n" : ""))
        }
        return status
    }

    private static func shown(_ value: Double) -> String {
        let tenths = (value * 10).rounded().clampedInt
        return "\(tenths / 10).\(tenths % 10)"
    }
}

private let usage = """

    Usage:
     watch [options] command

    """
