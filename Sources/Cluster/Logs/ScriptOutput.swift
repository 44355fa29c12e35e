import KubeAPI

/// What a container's command prints, line by line and stamped with the virtual time it printed
/// them: `echo`, `printf`, `date`, `hostname`, `env` and `printenv` (`ScriptOutput+Environ.swift`),
/// `cat`, `ls` and tests of the files it can read (`ScriptOutput+Reading.swift`), with `sleep`
/// moving time on, variables, `$((...))` and `$(...)`, `while`/`until`/`for` loops with `break` and
/// `continue` (`ScriptOutput+Loops.swift`), `if`, `case` and functions (`ScriptOutput+Case.swift`,
/// `ScriptOutput+Functions.swift`); the
/// shell's own errors (`ScriptOutput+ShellErrors.swift`); and the files it writes on the way
/// (`ScriptOutput+Files.swift`): output sent to a file with `>` or `>>` lands there instead of the log.
///
/// It reads what `ContainerRun` reads: a program that is not one of these stops the reading, as
/// the process would go on without printing anything known.
struct ScriptOutput {
    private(set) var entries: [LogEntry] = []
    /// How many lines the command has printed to the log so far.
    private(set) var linesLogged = 0
    /// Set when only the end of the process matters: lines are counted, not kept, and a loop
    /// the script can never leave ends the reading at once.
    private var seeksEnd = false
    /// What the command did to files, in order.
    var files: [ScriptFileWrite] = []
    /// The directory relative paths start from (the container's working directory).
    let directory: String
    var variables: [String: String]
    /// The exported variables' names, in the order the runtime handed them over, then those exported later.
    var exported: [String]
    let context: ScriptContext
    /// The shell running the script; nil for a program the runtime started itself.
    var shell: ScriptContext.Shell?
    /// Where the running command's standard output and error go (`ScriptOutput+Streams.swift`).
    var output = Destination.log
    var errors = Destination.log
    /// Set while the running command replaces the shell (the script's last, or a `$(...)`'s).
    var replacesShell = false
    private let start: Timestamp
    let until: Timestamp
    private var elapsed: Int64 = 0
    private var pending = ""
    private var steps = 0
    /// Set when the process ends or does something this reader cannot follow.
    var stopped = false
    /// Set when the process ended: its script ran to the end or called `exit`.
    private(set) var ended = false
    /// The last command's exit status (`$?`), the process's own once it has ended.
    var status = 0
    /// The status of the running command's last `$(...)`, which an assignment alone keeps.
    var substitutionStatus: Int?
    /// The positional parameters (`$1`, ...) and `$0`.
    var positional: [String] = []
    var arg0 = "sh"
    /// The name given after the script (`sh -c SCRIPT NAME`), which busybox ash's messages name with the line.
    var commandName: String?
    /// The line of the command running, for the shell's messages.
    var line = 1
    /// The functions defined so far, by name.
    var functions: [String: [ScriptSyntax.Statement]] = [:]
    /// How many function calls the running command is in.
    var callDepth = 0
    /// Each running call's `local` variables: their values, and whether exported, before the call.
    var localFrames: [[String: (value: String?, exported: Bool)]] = []
    /// Set by `return` until its function gives back control.
    var returning = false
    /// How many loops the running command is in, as `break` and `continue` count them.
    var loopDepth = 0
    /// Set by `break` or `continue` until the loop it names takes it.
    var loopControl: LoopControl?
    /// Set while a `return`, `break` or `continue` skips the rest of what it leaves.
    var leaving: Bool { returning || loopControl != nil }
    /// How many `$(...)` subshells the running command is in.
    var subshells = 0
    /// bash started as `sh`, in its POSIX mode.
    var bashPosix = false
    /// The variables assigned for the running command alone (`FOO=bar cmd`), in the order set.
    var temporaryEnv: [String] = []
    /// What the `$(...)` being run has printed so far, innermost last.
    var captures: [String] = []
    /// `set -e`: a command that fails outside a condition ends the shell.
    var errexit = false
    /// `set -u`: expanding an unset variable is an error, which stops the reading (each shell words it its own way).
    var nounset = false
    /// How many conditions (`if`, `while`, the left of `&&` and `||`) the running command is in.
    private var conditionDepth = 0

    /// A bound on lines and loop turns, so a loop that never sleeps cannot run away.
    static let maxLines = 10_000
    static let maxSteps = 100_000
    /// A bound on function calls within calls, so a function that calls itself cannot run away.
    static let maxCallDepth = 100

    /// The lines `argv` prints between `start` and `until`.
    static func of(_ argv: [String], start: Timestamp, until: Timestamp, env: [String: String]) -> [LogEntry] {
        run(argv, start: start, until: until, env: env).entries
    }

    /// What `argv` prints and writes between `start` and `until`, run from `directory`, knowing only its variables.
    static func run(
        _ argv: [String], start: Timestamp, until: Timestamp, env: [String: String], directory: String = "/"
    ) -> ScriptOutput {
        run(argv, start: start, until: until, context: .variables(env), directory: directory)
    }

    /// What `argv` prints and writes between `start` and `until` in `context`, run from
    /// `directory` (by default the context's working directory).
    static func run(
        _ argv: [String], start: Timestamp, until: Timestamp, context: ScriptContext, directory: String? = nil
    ) -> ScriptOutput {
        run(argv, start: start, until: until, context: context, directory: directory, seekingEnd: false)
    }

    /// How `argv` run in `context` ends by `until`, if it does: `ended`, `status` and
    /// `elapsedMilliseconds` tell; its lines are not kept.
    static func end(of argv: [String], start: Timestamp, until: Timestamp, context: ScriptContext) -> ScriptOutput {
        run(argv, start: start, until: until, context: context, directory: nil, seekingEnd: true)
    }

    private static func run(
        _ argv: [String], start: Timestamp, until: Timestamp, context: ScriptContext, directory: String?, seekingEnd: Bool
    ) -> ScriptOutput {
        var output = ScriptOutput(
            context: context, start: start, until: until, directory: directory ?? context.files?.directory ?? "/")
        output.seeksEnd = seekingEnd
        if let first = argv.first, let shell = context.shell(named: ContainerProcess.basename(first)) {
            if argv.count > 2, argv[1] == "-c" {
                // `sh -c SCRIPT NAME ARGS...`: NAME is `$0`, the rest the positional parameters.
                output.arg0 = argv.count > 3 ? argv[3] : argv[0]
                output.commandName = argv.count > 3 ? argv[3] : nil
                output.bashPosix = shell == .bash && ContainerProcess.basename(first) == "sh"
                output.positional = Array(argv.dropFirst(4))
                output.start(shell)
                output.run(ScriptSyntax.parse(argv[2], functionKeyword: shell != .dash), tail: true)
                if !output.stopped { output.ended = true }
            }
        } else {
            output.run([.simple(argv.map { [ScriptSyntax.Part(text: $0, quoting: .single)] }, line: 1)])
            if !output.stopped { output.ended = true }
        }
        output.flush()
        return output
    }

    private init(context: ScriptContext, start: Timestamp, until: Timestamp, directory: String) {
        self.context = context
        variables = context.variables
        exported = context.environ?.map(\.name) ?? context.variables.keys.sorted()
        self.start = start
        self.until = until
        self.directory = directory
    }

    var now: Timestamp { start.adding(milliseconds: elapsed) }

    /// How long the command has run so far (its whole run once it has ended).
    var elapsedMilliseconds: Int64 { elapsed }

    /// Runs `statements`; `tail` when they end the script, so their last simple command may
    /// replace the shell.
    mutating func run(_ statements: [ScriptSyntax.Statement], tail: Bool = false) {
        for (index, statement) in statements.enumerated() {
            let last = tail && index == statements.count - 1
            steps += 1
            if leaving { return }
            if stopped || now > until || steps > Self.maxSteps || linesLogged >= Self.maxLines || files.count >= Self.maxLines {
                stopped = true
                return
            }
            switch statement {
            case .simple(let words, let line):
                self.line = line
                runSimple(words, last: last)
            case .andOr(let left, let joiner, let right):
                conditionDepth += 1
                run([left])
                conditionDepth -= 1
                // `&&` goes on after a success, `||` after a failure; the list's status is the last one run.
                if !stopped, !leaving, (joiner == .and) == (status == 0) { run([right], tail: last) }
            case .whileLoop where seeksEnd && !errexit && !nounset && statement.loopsForever(calling: functions):
                stopped = true
            case .whileLoop(let condition, let line, let body, let until):
                runWhile(condition, line: line, body: body, until: until)
            case .conditional(let branches, let otherwise):
                var taken = false
                for branch in branches {
                    runCondition(branch.condition, line: branch.line)
                    if stopped || leaving { return }
                    if status == 0 {
                        run(branch.body)
                        taken = true
                        break
                    }
                }
                if !taken { if let otherwise { run(otherwise) } else { status = 0 } }
            case .forLoop(let name, let items, let line, let body):
                runFor(name, items, line: line, body: body)
            case .selection(let subject, let line, let items):
                self.line = line
                select(subject, items)
            case .syntaxError(let token, let line):
                syntaxError(token, line: line)
            case .function(let name, let body):
                functions[name] = body
                status = 0
            case .group(let body):
                run(body)
            case .subshell(let body):
                runSubshell(body)
            case .redirected(let compound, let redirections):
                runRedirected(compound, redirections)
            case .unknown:
                stopped = true
            }
        }
    }

    /// Runs an `if` or `while` condition, where a failure does not end a `set -e` shell.
    mutating func runCondition(_ words: [ScriptSyntax.Word], line: Int) {
        self.line = line
        conditionDepth += 1
        runSimple(words)
        conditionDepth -= 1
    }

    /// Runs one simple command with its redirections, `!` before it inverting its status; the
    /// `last` of the script, without redirections, replaces the shell.
    private mutating func runSimple(_ words: [ScriptSyntax.Word], last: Bool = false) {
        var words = words
        let negated = words.count > 1 && words.first.flatMap(ScriptSyntax.plain) == "!"
        if negated { words.removeFirst() }
        substitutionStatus = nil
        let (command, redirections) = Self.redirections(in: words)
        // The command's words are expanded first, then its assignments, whole (not split into fields).
        let assignments = command.prefix(while: Self.isAssignment)
        let argv = expandArguments(Array(command.dropFirst(assignments.count)))
        let targets = expandTargets(redirections)
        if stopped { return }
        if let program = argv.first {
            let saved = assignments.isEmpty ? [] : assignPrefix(assignments, for: program)
            if stopped { return }
            replacesShell = last && !negated && redirections.isEmpty
            runRedirected(argv, targets)
            replacesShell = false
            if !saved.isEmpty { restorePrefix(saved) }
        } else {
            for assignment in assignments where !stopped { assign(expandJoined(assignment)) }
            if stopped { return }
            // Assignments alone have the status of their last command substitution, else 0; a
            // redirection alone still creates or empties its file.
            runRedirected([], targets)
        }
        if negated { status = status == 0 ? 1 : 0 }
        // `set -e`: a failure outside a condition, not negated, ends the shell with its status.
        if errexit, status != 0, !negated, conditionDepth == 0, !stopped, !leaving {
            ended = true
            stopped = true
        }
    }

    /// A word that assigns a variable (`NAME=value`, the name unquoted).
    static func isAssignment(_ word: ScriptSyntax.Word) -> Bool {
        guard let first = word.first, first.quoting == .none, let equals = first.text.firstIndex(of: "=") else { return false }
        return isName(first.text[..<equals])
    }

    /// Ends the shell with the status it has (`exit`, a fatal error).
    mutating func endShell() {
        ended = true
        stopped = true
    }

    /// Back from a `$(...)`: an `exit` there ended only the subshell.
    mutating func leaveSubshell() {
        if ended {
            ended = false
            stopped = false
        }
    }

    /// Runs one command, writing what it prints to its standard output (`ScriptOutput+Streams.swift`).
    mutating func execute(_ argv: [String]) {
        guard let first = argv.first else {
            status = substitutionStatus ?? 0
            return
        }
        if argv.count == 1, first.contains("="), assign(first) {
            // An assignment alone has the status of its last command substitution, else 0.
            status = substitutionStatus ?? 0
            return
        }
        if !functions.isEmpty, let body = functions[first] { return call(body, Array(argv.dropFirst())) }
        let previous = status
        status = 0
        let args = Array(argv.dropFirst())
        var text = ""
        switch ContainerProcess.basename(first) {
        case "echo": text = echo(args, builtin: first == "echo")
        case "printf": text = args.first.map { Self.printf($0, Array(args.dropFirst())) } ?? ""
        case "date": text = Self.date(args, at: now) + "\n"
        case "hostname": text = (variables["HOSTNAME"] ?? "") + "\n"
        case "env", "printenv", "export":
            guard let printed = environment(first, args) else {
                stopped = true
                return
            }
            text = printed
        case "cat", "ls":
            guard let printed = read(ContainerProcess.basename(first), args) else {
                // A file this reader does not know: `ls` goes on quietly, `cat` may wait on its input.
                if ContainerProcess.basename(first) == "cat" { stopped = true }
                return
            }
            text = printed
        case "[", "[[", "test", "true", ":", "false":
            guard let holds = test(argv) else {
                stopped = true
                return
            }
            status = holds ? 0 : 1
        case "return", "local", "unset":
            guard functionBuiltin(first, args, previous: previous) else {
                stopped = true
                return
            }
        case "break", "continue":
            guard loopBuiltin(first, args) else {
                stopped = true
                return
            }
        case "set", "shift":
            guard setParameters(ContainerProcess.basename(first), args) else {
                stopped = true
                return
            }
        case "seq":
            guard let printed = Self.seq(args) else {
                stopped = true
                return
            }
            text = printed
        case "sleep":
            guard let text = args.first, let milliseconds = ContainerRun.sleepMilliseconds(text) else {
                stopped = true
                return
            }
            elapsed += milliseconds
        case "exit":
            // `exit` alone keeps the last command's status.
            if let code = args.first { status = (Int(code) ?? 2) & 0xff }
            ended = true
            stopped = true
        case "mkdir", "touch", "rm", "rmdir":
            changeFiles(ContainerProcess.basename(first), args)
        default:
            // Programs that end at once print what this reader does not know; any other runs on.
            guard case .exits(_, let code) = ContainerRun.program(argv) else {
                stopped = true
                return
            }
            status = code
        }
        write(text)
    }

    mutating func log(_ text: String) {
        pending += text
        while let newline = pending.firstIndex(of: "\n") {
            if now <= until {
                linesLogged += 1
                if !seeksEnd { entries.append(LogEntry(time: now, text: String(pending[..<newline]))) }
            }
            pending = String(pending[pending.index(after: newline)...])
        }
    }

    /// A last line without a newline is logged once the process has ended, as a partial line:
    /// containerd writes what is left at the end of the stream with its `P` tag, and the kubelet
    /// sends it without a newline. While the process runs, containerd waits for the newline.
    private mutating func flush() {
        if ended, !pending.isEmpty, now <= until { entries.append(LogEntry(time: now, text: pending, partial: true)) }
        pending = ""
    }

    static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
