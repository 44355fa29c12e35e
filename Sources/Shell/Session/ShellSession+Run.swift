import Kubectl

extension ShellSession {
    /// Runs one input line (which may hold newlines, from continuation lines or here-documents)
    /// and writes what it prints to `sink`, both streams in order; `input` is its standard input.
    public func run(_ line: String, input: String = "", sink: any OutputSink) -> ShellRunResult {
        run(line, stream: input.isEmpty ? nil : ShellInput(input), sink: sink)
    }

    /// Runs one input line whose standard input is `io`'s, read only if a command reads it.
    public func run(_ line: String, io: IOStreams, sink: any OutputSink) -> ShellRunResult {
        run(line, stream: ShellInput(lazy: { io.input }), sink: sink)
    }

    /// Runs one input line reading `stream`; with none, a line typed at the prompt reads the terminal.
    func run(_ line: String, stream given: ShellInput?, sink: any OutputSink) -> ShellRunResult {
        exitRequested = false
        replaced = false
        lineAborted = false
        let bounded = BoundedSink(sink)
        let executor = ShellExecutor(session: self, errors: bounded)
        if depth >= ShellLimits.nesting {
            bounded.write(ShellLimits.nestingMessage, to: .stderr)
            lastStatus = 1
            return ShellRunResult(status: lastStatus, commands: [])
        }
        if depth == 0 {
            remember(line)
            functionCalls = 0
            functionsRefused = false
            interrupted = false
        }
        depth += 1
        defer { depth -= 1 }
        // A line typed at the prompt reads what is typed next; any other line reads `input`.
        let stream = given ?? (depth == 1 ? terminal.map(ShellInput.init(terminal:)) : nil) ?? ShellInput("")
        let interactive = depth == 1 && scriptName == nil && jobDelay == nil
        if interactive { jobTerminal = bounded }
        executor.runSource(line, input: stream, sink: bounded, lineOffset: linesRead)
        linesRead += line.utf8.count { $0 == 10 } + 1
        if interactive {
            // What ended before the prompt comes back.
            reportJobs(atPrompt: true)
            jobTerminal = nil
        }
        return ShellRunResult(status: lastStatus, commands: executor.commands, shellEnded: depth == 1 && replaced)
    }

    /// Adds a line to the history, as bash does for every non-blank line entered.
    private func remember(_ line: String) {
        guard line.contains(where: { !$0.isWhitespace }) else { return }
        var entry = Substring(line)
        while entry.last == "\n" { entry.removeLast() }
        history.append(entry.contains("<<") ? String(entry) : Self.joinedContinuations(entry))
        if history.count > 1000 {
            history.removeFirst()
            historyBase += 1
        }
    }

    /// A multi-line command as bash's `cmdhist` stores it on one line: after `|`, `&&`, `||` or a
    /// word after which `;` would be a syntax error (`do`, `then`, `else`, `{`, `in`) with a
    /// space, after a backslash directly, otherwise with `; `.
    static func joinedContinuations(_ text: Substring) -> String {
        var result = ""
        for (index, piece) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard index > 0 else {
                result = String(piece)
                continue
            }
            if result.hasSuffix("\\") {
                result.removeLast()
            } else if result.hasSuffix("|") || result.hasSuffix("&&") || result.hasSuffix("(")
                || result.hasSuffix(";;")
                || Self.wordsBeforeNoSemicolon.contains(String(result.split(separator: " ").last ?? ""))
            {
                result += " "
            } else {
                result += "; "
            }
            result += piece
        }
        return result
    }

    /// Words that a joined history line continues with a space rather than `; `.
    private static let wordsBeforeNoSemicolon: Set<String> = ["do", "then", "else", "elif", "{", "in", "if", "while", "until"]
}
