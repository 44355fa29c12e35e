import Kubectl

/// Runs parsed commands against a session: lists, and-or lists, pipelines and subshells.
final class ShellExecutor {
    let session: ShellSession
    /// The argv of every simple command run, in order.
    private(set) var commands: [[String]] = []
    /// Set by an expansion error, which abandons the rest of the line as interactive bash does.
    var aborted = false
    /// The status of the last command substitution, which an assignment-only command returns.
    var substitutionStatus: Int32?
    /// How many conditions (`if`, `while`, `&&`, `||`, `!`) the running command is inside, where
    /// `set -e` does not leave on a failure.
    var conditionDepth = 0
    /// The files `<(...)` made for the running simple commands, removed when each command ends.
    var processSubstitutionFiles: [String] = []

    /// Where `$(...)` and other work outside any one command's redirections sends errors.
    let errorSink: any OutputSink

    init(session: ShellSession, errors: any OutputSink) {
        self.session = session
        self.errorSink = errors
    }

    /// Parses and runs `source` one complete command at a time, with `input` as its standard input.
    func runSource(_ source: String, input: String, sink: any OutputSink, lineOffset: Int, firstLine: Int = 1) {
        runSource(source, input: ShellInput(input), sink: sink, lineOffset: lineOffset, firstLine: firstLine)
    }

    /// Parses and runs `source` one complete command at a time, so a line's aliases apply to the next.
    /// Its lines are numbered from `firstLine` (a `$(...)` goes on from its command's line).
    func runSource(_ source: String, input: ShellInput, sink: any OutputSink, lineOffset: Int, firstLine: Int = 1) {
        var parser = ShellParser(source, dialect: session.dialect)
        parser.lexer.line = firstLine
        // A substitution on a compound command's redirection stays open until the source is run.
        let substitutedBefore = processSubstitutionFiles.count
        defer { removeProcessSubstitutions(after: substitutedBefore) }
        // Only the `bash -c` string itself, not what it runs in turn.
        let execsLastCommand = session.execsLastCommand
        session.execsLastCommand = false
        // A long source run before reuses its parsed commands while the aliases are the same.
        let cacheKey = ParsedSourceCache.key(source, flavour: session.flavour, firstLine: firstLine)
        let cached = cacheKey.map(ParsedSourceCache.steps) ?? []
        var steps: [ParsedSourceCache.Step] = []
        var keepsSteps = cacheKey != nil
        // Once a command is parsed afresh, the cached ones after it follow another parse.
        var reusing = !cached.isEmpty
        defer { if let cacheKey, keepsSteps, steps.count > cached.count { ParsedSourceCache.store(steps, for: cacheKey) } }
        while !stopped {
            let list: CommandList?
            if reusing, steps.count < cached.count, cached[steps.count].aliases == session.aliases {
                let step = cached[steps.count]
                (list, parser) = (step.list, step.parser)
                steps.append(step)
            } else {
                reusing = false
                do {
                    list = try parser.nextCommand(aliases: session.aliases)
                } catch {
                    keepsSteps = false
                    reportTruncatedHereDocuments(&parser, sink: sink, lineOffset: lineOffset)
                    if let text = parser.dialect.syntaxMessage(error, expecting: parser.expectedAtEnd) {
                        sink.write(session.shellMessagePrefix(line: lineOffset + parser.lexer.line) + text + "\n", to: .stderr)
                    } else {
                        sink.write(error.message, to: .stderr)
                    }
                    session.lastStatus = 2
                    return
                }
                if reportTruncatedHereDocuments(&parser, sink: sink, lineOffset: lineOffset) { keepsSteps = false }
                if keepsSteps { steps.append(ParsedSourceCache.Step(aliases: session.aliases, list: list, parser: parser)) }
            }
            guard var list else { return }
            if execsLastCommand, (try? parser.peek().token) == .end { list = list.markingLastCommandReplacingShell() }
            _ = execute(list, input: input, sink: sink)
        }
    }

    /// Writes bash's warning for each here-document the input ended inside; true when there was one.
    @discardableResult
    private func reportTruncatedHereDocuments(_ parser: inout ShellParser, sink: any OutputSink, lineOffset: Int) -> Bool {
        let truncated = parser.takeTruncatedHereDocuments()
        for document in truncated {
            sink.write(
                hereDocumentWarning(line: lineOffset + document.line, delimiter: document.delimiter), to: .stderr)
        }
        return !truncated.isEmpty
    }

    /// True when the rest of the line must not run: `exit`, or an error that abandons the line.
    var stopped: Bool {
        aborted || session.exitRequested || session.lineAborted || session.loopControl != nil
            || session.returnStatus != nil || session.functionsRefused || session.interrupted
    }

    func record(_ argv: [String]) {
        if commands.count < ShellLimits.recordedCommands { commands.append(argv) }
    }

    func execute(_ list: CommandList, input: ShellInput, sink: any OutputSink) -> Int32 {
        var status = session.lastStatus
        for item in list.items {
            if stopped { break }
            if !item.background {
                status = execute(item, input: input, sink: sink)
            } else if session.startsJobs {
                status = startJob(item, sink: sink)
            } else {
                status = runInBackground(item, sink: sink)
            }
        }
        return status
    }

    func execute(_ list: AndOrList, input: ShellInput, sink: any OutputSink) -> Int32 {
        // Only the list's last pipeline can make `set -e` leave; the others are tested.
        conditionDepth += list.rest.isEmpty ? 0 : 1
        var status = execute(list.first, input: input, sink: sink)
        var last = list.first
        var ranLast = list.rest.isEmpty
        for (index, (op, pipeline)) in list.rest.enumerated() {
            if stopped { break }
            if (op == .and) == (status == 0) {
                if index == list.rest.count - 1 { conditionDepth -= 1 }
                status = execute(pipeline, input: input, sink: sink)
                if index == list.rest.count - 1 {
                    conditionDepth += 1
                    ranLast = true
                }
                last = pipeline
            }
        }
        conditionDepth -= list.rest.isEmpty ? 0 : 1
        if status != 0, ranLast, !last.negated, conditionDepth == 0, session.options.contains("errexit"), !stopped {
            session.exitRequested = true
            session.lastStatus = status
        }
        return status
    }

    private func execute(_ pipeline: Pipeline, input: ShellInput, sink: any OutputSink) -> Int32 {
        let started = session.filesystem.clock()
        var status: Int32 = 0
        if pipeline.stages.isEmpty {
            // `time` alone.
        } else if pipeline.stages.count == 1 {
            status = execute(pipeline.stages[0], input: input, sink: sink, errorsToPipe: false)
            if pipeline.stages[0].setsPipeStatus { session.setArray("PIPESTATUS", [String(status)]) }
        } else {
            // Each stage runs in a subshell, one after another; a stage's output is the next one's input.
            var data = input
            status = 0
            // With `set -o pipefail`, the last stage to fail gives the pipeline's status.
            var failed: Int32 = 0
            var statuses: [String] = []
            for (index, stage) in pipeline.stages.enumerated() {
                if index == pipeline.stages.count - 1 {
                    status = inSubshell(.forked) { execute(stage, input: data, sink: sink, errorsToPipe: false) }
                    statuses.append(String(status))
                    if status == 0, session.options.contains("pipefail") { status = failed }
                } else {
                    let pipe = CaptureSink(errors: sink, clock: session.filesystem.clock)
                    let errorsToPipe = pipeline.pipesStandardError[index]
                    let stageStatus = inSubshell(.forked) {
                        execute(stage, input: data, sink: pipe, errorsToPipe: errorsToPipe)
                    }
                    statuses.append(String(stageStatus))
                    if stageStatus != 0 { failed = stageStatus }
                    let ended = session.filesystem.clock()
                    data = ShellInput(
                        pipe.captured,
                        timing: PipeTiming(arrivals: pipe.arrivals, closedAt: ended, origin: started, stageStart: ended))
                }
            }
            session.setArray("PIPESTATUS", statuses)
        }
        if pipeline.negated { status = status == 0 ? 1 : 0 }
        if let timing = pipeline.timing {
            let elapsed = Double(session.filesystem.clock() - started)
            let format = timing == .posix ? TimeFormat.posix : session.environment["TIMEFORMAT"] ?? TimeFormat.bash
            sink.write(TimeFormat.render(format, real: elapsed, user: 0, system: 0), to: .stderr)
        }
        session.lastStatus = status
        // Interactive bash tells of jobs that ended while it waited for a foreground command.
        if session.startsJobs, session.clockSeconds > started { session.reportJobs() }
        return status
    }

    func execute(_ command: Command, input: ShellInput, sink: any OutputSink, errorsToPipe: Bool) -> Int32 {
        switch command {
        case .simple(let simple):
            return execute(simple, input: input, sink: sink, errorsToPipe: errorsToPipe)
        case .subshell(let list, let redirections):
            guard let streams = applyRedirections(redirections, input: input, sink: sink) else {
            return session.dialect.redirectionFailureStatus
        }
            if errorsToPipe { streams.sink.standardError = streams.sink.standardOutput }
            let body = list.markingSubshellBodyReplacingShell()
            let status = inSubshell(.parenthesized) { execute(body, input: streams.input, sink: streams.sink) }
            flush(streams.files)
            return status
        case .compound(let compound, let redirections):
            return execute(
                compound, redirections: redirections, input: input, sink: sink, errorsToPipe: errorsToPipe)
        case .function(let name, let body):
            session.functions[name] = body
            return 0
        }
    }

    /// The builtins whose `NAME=value` arguments are expanded as assignments.
    static let declarationBuiltins: Set<String> = ["export", "readonly", "local", "declare", "typeset"]

    private func execute(_ command: SimpleCommand, input: ShellInput, sink: any OutputSink, errorsToPipe: Bool) -> Int32 {
        substitutionStatus = nil
        session.currentLine = command.line
        let substitutedBefore = processSubstitutionFiles.count
        defer { removeProcessSubstitutions(after: substitutedBefore) }
        var argv: [String] = []
        var arrayValues: [Int: [ArrayItem]] = [:]
        do {
            // Declaration builtins take `NAME=value` words as assignments: tilde expanded after
            // `=`, no field splitting (`export KUBECONFIG=~/kc`).
            let declares = command.words.first.map { Self.declarationBuiltins.contains($0.literalText) } ?? false
            for (position, word) in command.words.enumerated() {
                if let words = command.arrayArguments[position] {
                    // `declare NAME=(WORDS)`: the text as written, its elements beside it.
                    arrayValues[argv.count] = try arrayItems(words)
                    argv.append(word.source + "(" + words.map(\.source).joined(separator: " ") + ")")
                } else if declares, position > 0, let assignment = word.assignment, assignment.index == nil {
                    argv.append(assignment.name + (assignment.appends ? "+=" : "=") + (try string(of: assignment.value)))
                } else {
                    argv += try fields(of: word)
                }
            }
        } catch {
            return abandon(error, sink: sink)
        }
        guard let streams = applyRedirections(command.redirections, input: input, sink: sink) else {
            return session.dialect.redirectionFailureStatus
        }
        defer { flush(streams.files) }
        if errorsToPipe { streams.sink.standardError = streams.sink.standardOutput }
        guard let name = argv.first else {
            do {
                try assign(command.assignments)
            } catch {
                return abandon(error, sink: sink)
            }
            if session.options.contains("xtrace") {
                for assignment in command.assignments where assignment.elements == nil && assignment.index == nil {
                    trace([assignment.name + "=" + SetBuiltin.quoted(session.environment[assignment.name] ?? "")], sink: sink, quoting: false)
                }
            }
            return substitutionStatus ?? 0
        }
        var values: [(String, String)] = []
        do {
            for assignment in command.assignments {
                let value = try string(of: assignment.value)
                // bash says so and runs the command without that variable.
                guard !session.isReadonly(assignment.name) else {
                    sink.write(ShellSession.readonlyMessage(assignment.name), to: .stderr)
                    continue
                }
                values.append((assignment.name, value))
            }
        } catch {
            return abandon(error, sink: sink)
        }
        record(argv)
        if session.options.contains("xtrace") {
            trace(values.map { $0.0 + "=" + SetBuiltin.quoted($0.1) } + argv.map(SetBuiltin.quoted), sink: sink, quoting: false)
        }
        let io = IOStreams(source: CommandInput(streams.input), sink: streams.sink)
        let inputWasFile = session.standardInputIsFile
        session.standardInputIsFile = streams.inputIsFile
        defer { session.standardInputIsFile = inputWasFile }
        var context = CommandContext(arguments: argv, io: io, session: session)
        context.standardInput = streams.input
        context.arrayValues = arrayValues
        // The prefix assignments are in the command's environment, and only in its; a program
        // that takes the shell's place finds the level the shell was started at.
        let level = command.replacesShell && session.runsProgram(name) ? session.shellLevelAfterExec : []
        let status = session.withExports(level) {
            session.withTemporaryEnvironment(values) { invoke(name, context) }
        }
        // Ctrl-C while it read the terminal ends the command as SIGINT does, and the line with it.
        guard !streams.input.interrupted else {
            session.interrupted = true
            return 130
        }
        return status
    }

    /// `set -x`: the command as it will run, after `$PS4` (`+ `), on standard error.
    func trace(_ words: [String], sink: any OutputSink, quoting: Bool) {
        // The first character stands once more for each command substitution around it.
        var prefix = session.environment["PS4"] ?? "+ "
        if let first = prefix.first {
            let level = session.depth - max(session.scriptDepth, 1)
            if level > 0 { prefix = String(repeating: first, count: min(level, 100)) + prefix }
        }
        let text = quoting ? words.map(SetBuiltin.quoted) : words
        sink.write(prefix + text.joined(separator: " ") + "\n", to: .stderr)
    }

    /// Finds what a command name means and runs it: builtin, registered command, path, fallback.
    private func invoke(_ name: String, _ context: CommandContext) -> Int32 {
        if let body = session.functions[name] { return call(name, body, context) }
        if let builtin = session.builtin(named: name) {
            return builtin.run(context)
        }
        if let command = session.commands[name] { return command.run(context) }
        if name.contains("/") { return PathCommand().run(context) }
        if let fallback = session.fallback, let status = fallback(context.arguments, context.io) { return status }
        if let text = session.dialect.notFoundMessage(name) {
            context.io.err(session.shellMessagePrefix() + text + "\n")
            return 127
        }
        // A script's bash (or `bash -c`'s) names itself and the line.
        let prefix = session.scriptName.map { "\($0): line \(session.currentLine)" } ?? "bash"
        context.io.err("\(prefix): \(name): command not found\n")
        return 127
    }

    /// Reports a failed expansion as the shell words it and abandons the rest of the line.
    func abandon(_ error: ExpansionError, sink: any OutputSink) -> Int32 {
        aborted = true
        return session.report(error, to: sink)
    }

    /// Runs `body` so that changes to the working directory, variables and aliases do not last.
    func inSubshell(_ kind: SubshellKind, _ body: () -> Int32) -> Int32 {
        let wasAborted = aborted
        let wasParenthesized = session.inParenthesizedSubshell
        switch kind {
        case .parenthesized: session.inParenthesizedSubshell = true
        case .forked: session.inParenthesizedSubshell = false
        case .commandSubstitution: break
        }
        let status = session.isolated(body)
        session.inParenthesizedSubshell = wasParenthesized
        aborted = wasAborted
        return status
    }
}


private func hereDocumentWarning(line: Int, delimiter: String) -> String {
    "bash: warning: here-document at line \(line) delimited by end-of-file (wanted `\(delimiter)')\n"
}

/// How a subshell came to be, as far as bash's `subshell_environment` tells what runs in it.
enum SubshellKind {
    /// `( ... )`.
    case parenthesized
    /// A pipeline's stage or a background job: a plain fork.
    case forked
    /// `$(...)` or `<(...)`, which keep what the shell around them was.
    case commandSubstitution
}
