/// What a container runs: the image config's ENTRYPOINT and CMD with the pod's `command` and
/// `args` by Kubernetes' rules, then what the image's entrypoint script does with its arguments
/// before it execs them (`EntrypointScript`).
extension ImageCatalog.Image {
    /// The argv the runtime starts: `command` replaces ENTRYPOINT and drops CMD, `args` alone
    /// replace CMD, and with neither ENTRYPOINT runs with CMD.
    public func startedArgv(command: [String], args: [String]) -> [String] {
        if !command.isEmpty { return command + args }
        return entrypoint + (args.isEmpty ? self.command : args)
    }

    /// The process `argv` leaves running once the image's entrypoint script, when it is the one
    /// started, has done its part, and the lines the script printed first.
    public func execed(_ argv: [String]) -> (argv: [String], logs: [LogTemplate]) {
        guard let script = entrypointScript, let path = entrypoint.first, argv.first == path else { return (argv, []) }
        var rest = Array(argv.dropFirst())
        if script.runsProgram(with: rest) { rest = script.program + rest }
        let logs = rest.first.map(script.logsFor.contains) == true ? script.logs : []
        return (rest, logs)
    }

    /// The process a container with `command` and `args` runs.
    public func process(command: [String], args: [String]) -> [String] {
        execed(startedArgv(command: command, args: args)).argv
    }

    /// Whether `argv` is the image's own program: its default process, its program by name, its
    /// binary entrypoint with other arguments, or (the image config unknown) flags alone.
    public func runsOwnProgram(_ argv: [String]) -> Bool {
        guard let first = argv.first else { return true }
        let defaults = entrypoint + command
        if !defaults.isEmpty, argv == execed(defaults).argv { return true }
        if let program, ContainerProcess.basename(first) == program { return true }
        if entrypointScript == nil, first == entrypoint.first { return true }
        return defaults.isEmpty && first.hasPrefix("-")
    }
}

/// An image's entrypoint script (docker-library's `docker-entrypoint.sh`), which runs the image's
/// program with arguments that are its options, may print lines of its own, and then execs what
/// it was given.
public struct EntrypointScript: Sendable {
    /// The program it puts before arguments that match `when` (`[redis-server]`).
    public var program: [String] = []
    /// Patterns of the first argument that get `program` (`-*`, `*.conf`).
    public var when: [String] = []
    /// Whether no arguments at all get `program` too (bash's image runs `bash`).
    public var withoutArguments = false
    /// First arguments with which it prints `logs` before it execs (nginx's `nginx`, `nginx-debug`).
    public var logsFor: Set<String> = []
    public var logs: [LogTemplate] = []

    public init() {}

    /// Whether the script runs `program` with `args`.
    func runsProgram(with args: [String]) -> Bool {
        guard !program.isEmpty else { return false }
        guard let first = args.first else { return withoutArguments }
        return when.contains { pattern in
            let characters = pattern.map { ScriptFields.Character(value: $0, splits: false, quoted: false) }
            return ScriptGlob.matches(characters[...], Array(first)[...])
        }
    }
}
