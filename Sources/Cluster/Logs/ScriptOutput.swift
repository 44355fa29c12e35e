import KubeAPI

/// What a container's command prints, line by line and stamped with the virtual time it printed
/// them: `echo`, `printf`, `date`, `hostname`, `env` and `printenv` (`ScriptOutput+Environ.swift`),
/// `cat`, `ls` and tests of the files it can read (`ScriptOutput+Reading.swift`), with `sleep`
/// moving time on, variables, `$((...))` and `$(...)`, and `while`/`for` loops and `if`, as far
/// as `until`; and the files it writes on the way (`ScriptOutput+Files.swift`): output sent to a
/// file with `>` or `>>` lands there instead of the log.
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
    /// Set while the running command's errors are redirected away from the log.
    var errorsRedirected = false
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
    private var substitutionStatus: Int?

    /// A bound on lines and loop turns, so a loop that never sleeps cannot run away.
    static let maxLines = 10_000
    static let maxSteps = 100_000

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
                output.start(shell)
                output.run(ScriptSyntax.parse(argv[2]), tail: true)
                if !output.stopped { output.ended = true }
            }
        } else {
            output.run([.simple(argv.map { [ScriptSyntax.Part(text: $0, quoting: .single)] })])
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
    private mutating func run(_ statements: [ScriptSyntax.Statement], tail: Bool = false) {
        for (index, statement) in statements.enumerated() {
            let last = tail && index == statements.count - 1
            steps += 1
            if stopped || now > until || steps > Self.maxSteps || linesLogged >= Self.maxLines || files.count >= Self.maxLines {
                stopped = true
                return
            }
            switch statement {
            case .simple(let words):
                runSimple(words, last: last)
            case .andOr(let left, let joiner, let right):
                run([left])
                // `&&` goes on after a success, `||` after a failure; the list's status is the last one run.
                if !stopped, (joiner == .and) == (status == 0) { run([right], tail: last) }
            case .whileLoop where seeksEnd && statement.loopsForever:
                stopped = true
            case .whileLoop(let condition, let body):
                var bodyStatus = 0
                while !stopped {
                    runSimple(condition)
                    guard !stopped, status == 0 else { break }
                    run(body)
                    bodyStatus = status
                }
                status = bodyStatus
            case .conditional(let branches, let otherwise):
                var taken = false
                for branch in branches {
                    runSimple(branch.condition)
                    if stopped { return }
                    if status == 0 {
                        run(branch.body)
                        taken = true
                        break
                    }
                }
                if !taken { if let otherwise { run(otherwise) } else { status = 0 } }
            case .forLoop(let name, let items, let body):
                status = 0
                for item in expandAll(items).flatMap({ $0.split(separator: " ").map(String.init) }) where !stopped {
                    variables[name] = item
                    run(body)
                }
            case .unknown:
                stopped = true
            }
        }
    }

    /// Runs one simple command with its redirections, `!` before it inverting its status; the
    /// `last` of the script, without redirections, replaces the shell.
    private mutating func runSimple(_ words: [ScriptSyntax.Word], last: Bool = false) {
        var words = words
        let negated = words.count > 1 && words.first.flatMap(ScriptSyntax.plain) == "!"
        if negated { words.removeFirst() }
        substitutionStatus = nil
        let (command, redirections) = Self.redirections(in: words)
        let argv = expandAll(command)
        let targets = redirections.map { (operator: $0.operator, target: expand($0.target)) }
        replacesShell = last && !negated && redirections.isEmpty
        runRedirected(argv, targets)
        replacesShell = false
        if negated { status = status == 0 ? 1 : 0 }
    }

    /// Runs one command; returns what it printed when `capture` (for `$(...)`), else writes it.
    mutating func execute(_ argv: [String], capture: Bool) -> String {
        guard let first = argv.first else {
            status = substitutionStatus ?? 0
            return ""
        }
        if argv.count == 1, let equals = first.firstIndex(of: "="), Self.isName(first[..<equals]) {
            variables[String(first[..<equals])] = String(first[first.index(after: equals)...])
            // An assignment alone has the status of its last command substitution, else 0.
            status = substitutionStatus ?? 0
            return ""
        }
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
                return ""
            }
            text = printed
        case "cat", "ls":
            guard let printed = read(ContainerProcess.basename(first), args) else {
                // A file this reader does not know: `ls` goes on quietly, `cat` may wait on its input.
                if ContainerProcess.basename(first) == "cat" { stopped = true }
                return ""
            }
            text = printed
        case "[", "[[", "test", "true", ":", "false":
            guard let holds = test(argv) else {
                stopped = true
                return ""
            }
            status = holds ? 0 : 1
        case "sleep":
            guard let text = args.first, let milliseconds = ContainerRun.sleepMilliseconds(text) else {
                stopped = true
                return ""
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
                return ""
            }
            status = code
        }
        if capture { return text }
        write(text)
        return ""
    }

    /// Writes what a command prints on its standard error, unless redirected away: the runtime
    /// logs both streams.
    mutating func writeError(_ text: String) {
        if !errorsRedirected { write(text) }
    }

    mutating func write(_ text: String) {
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

    // MARK: Expansion

    private mutating func expandAll(_ words: [ScriptSyntax.Word]) -> [String] {
        var out: [String] = []
        for word in words { out.append(expand(word)) }
        return out
    }

    private mutating func expand(_ word: ScriptSyntax.Word) -> String {
        word.map { part in part.quoting == .single ? part.text : expand(part.text) }.joined()
    }

    /// `$NAME`, `${NAME}`, `$((ARITHMETIC))` and `$(COMMAND)` in a piece of text.
    private mutating func expand(_ text: String) -> String {
        var out = ""
        var chars = Array(text)[...]
        while let char = chars.popFirst() {
            guard char == "$", let next = chars.first else {
                out.append(char)
                continue
            }
            if next == "(" {
                let inner = Self.balanced(&chars)
                if inner.hasPrefix("("), inner.hasSuffix(")") {
                    out += arithmetic(String(inner.dropFirst().dropLast()))
                } else {
                    let words = ScriptSyntax.split(inner).first ?? []
                    let argv = expandAll(words)
                    let outer = replacesShell
                    replacesShell = true
                    var result = execute(argv, capture: true)
                    replacesShell = outer
                    substitutionStatus = status
                    while result.hasSuffix("\n") { result.removeLast() }
                    out += result
                }
            } else if next == "{" {
                chars.removeFirst()
                let name = String(chars.prefix { $0 != "}" })
                chars = chars.dropFirst(name.count + 1)
                out += variables[name] ?? ""
            } else if next == "?" {
                chars.removeFirst()
                out += String(status)
            } else if next.isLetter || next == "_" {
                let name = String(chars.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                chars = chars.dropFirst(name.count)
                out += variables[name] ?? ""
            } else {
                out.append(char)
            }
        }
        return out
    }

    /// The text inside the parentheses that open `chars`, consumed with them.
    private static func balanced(_ chars: inout ArraySlice<Character>) -> String {
        var depth = 0
        var out = ""
        while let char = chars.popFirst() {
            if char == "(" { depth += 1; if depth == 1 { continue } }
            if char == ")" { depth -= 1; if depth == 0 { break } }
            out.append(char)
        }
        return out
    }

    /// `$((...))` over integers: `+ - * / %` left to right, names read as variables.
    private func arithmetic(_ expression: String) -> String {
        var total = 0
        var operation: Character = "+"
        var token = ""
        func apply() {
            let trimmed = token.split(separator: " ").joined()
            let value = Int(trimmed) ?? Int(variables[trimmed.hasPrefix("$") ? String(trimmed.dropFirst()) : trimmed] ?? "") ?? 0
            switch operation {
            case "-": total -= value
            case "*": total *= value
            case "/": total = value == 0 ? 0 : total / value
            case "%": total = value == 0 ? 0 : total % value
            default: total += value
            }
            token = ""
        }
        for char in expression {
            if "+-*/%".contains(char), token.contains(where: { $0 != " " }) {
                apply()
                operation = char
            } else {
                token.append(char)
            }
        }
        apply()
        return String(total)
    }

    static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    }
}
