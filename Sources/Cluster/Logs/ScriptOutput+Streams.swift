/// Where what a container's script prints goes: its standard output and standard error each lead
/// to the log (the runtime keeps both), to the `$(...)` that captures the output, to a file a
/// redirection names (each write landing at the moment it is made), or nowhere (`/dev/null`).
/// A command's redirections (`> file`, `>> file`, `2> file`, `2>&1`, `>&2`) apply in order for
/// that command alone, a simple one's or a compound one's (`done > file`, `} 2>&1`).
extension ScriptOutput {
    /// Where a stream leads.
    enum Destination: Equatable {
        case log
        /// The innermost `$(...)` being run.
        case capture
        case discard
        case file(String)
    }

    /// Writes what a command prints on its standard output.
    mutating func write(_ text: String) {
        send(text, to: output)
    }

    /// Writes what a command prints on its standard error.
    mutating func writeError(_ text: String) {
        send(text, to: errors)
    }

    private mutating func send(_ text: String, to destination: Destination) {
        switch destination {
        case .log: log(text)
        case .capture: captures[captures.count - 1] += text
        case .discard: break
        case .file(let path):
            guard !text.isEmpty else { break }
            // What lands in the same file at the same moment is one write.
            if let last = files.last, last.path == path, last.time == now, case .write(let earlier, let append) = last.kind {
                files[files.count - 1].kind = .write(earlier + text, append: append)
            } else {
                record(.write(text, append: true), at: path)
            }
        }
    }

    /// Runs a command with its redirections, their targets expanded.
    mutating func runRedirected(_ argv: [String], _ redirections: [(operator: String, target: String)]) {
        let saved = (output, errors)
        redirect(redirections)
        execute(argv)
        (output, errors) = saved
    }

    /// Runs a compound command with its redirections (expanded here, before it runs).
    mutating func runRedirected(_ statement: ScriptSyntax.Statement, _ words: [ScriptSyntax.Word]) {
        let targets = expandTargets(Self.redirections(in: words).redirections)
        if stopped { return }
        let saved = (output, errors)
        redirect(targets)
        run([statement])
        (output, errors) = saved
    }

    /// Each redirection's operator and its target expanded whole (empty for `2>&1`).
    mutating func expandTargets(
        _ redirections: [(operator: String, target: ScriptSyntax.Word?)]
    ) -> [(operator: String, target: String)] {
        var targets: [(operator: String, target: String)] = []
        for (op, target) in redirections { targets.append((op, target.map { expandJoined($0) } ?? "")) }
        return targets
    }

    /// Points the streams where `redirections` say, in order: a file opened for writing is
    /// created or emptied now (`>>` only created); a device writes nowhere.
    private mutating func redirect(_ redirections: [(operator: String, target: String)]) {
        for (op, target) in redirections {
            let descriptor: Character = op.first.flatMap { $0.isNumber ? $0 : nil } ?? "1"
            let opened: Destination
            if op.contains("&") {
                // `2>&1`, `>&2`: a copy of the other stream as it is now; `>&-` closes it.
                switch op.last {
                case "1": opened = output
                case "2": opened = errors
                default: opened = .discard
                }
            } else if op.hasSuffix("<") || !["1", "2"].contains(descriptor) {
                continue
            } else {
                let path = absolute(target)
                switch path {
                case "/dev/stdout": opened = output
                case "/dev/stderr": opened = errors
                default:
                    guard !path.hasPrefix("/dev/") else {
                        opened = .discard
                        break
                    }
                    record(.write("", append: op.hasSuffix(">>")), at: path)
                    opened = .file(path)
                }
            }
            if descriptor == "2" { errors = opened } else { output = opened }
        }
    }
}
