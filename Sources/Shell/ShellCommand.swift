import Kubectl

/// A command the simulated shell can run: a builtin, a utility such as `grep`, or one the host registers.
public protocol ShellCommand {
    /// Runs with the given arguments and streams and returns the exit status.
    func run(_ context: CommandContext) -> Int32
}

/// Everything a command sees while it runs.
public struct CommandContext {
    /// The words of the command line after expansion; `arguments[0]` is the command name as typed.
    public var arguments: [String]
    public var io: IOStreams
    public var session: ShellSession
    /// The stream `io.input` comes from, shared with the other commands that read it (`read` takes a line).
    var standardInput: ShellInput?
    /// The elements of the `NAME=(...)` arguments a declaration builtin was given, by their
    /// index in `arguments`.
    var arrayValues: [Int: [ArrayItem]] = [:]

    public init(arguments: [String], io: IOStreams, session: ShellSession) {
        self.arguments = arguments
        self.io = io
        self.session = session
    }
}

/// What running one input line did.
public struct ShellRunResult: Equatable, Sendable {
    /// The exit status of the last command, as `$?` shows it afterwards.
    public var status: Int32
    /// The argv of every simple command executed, in order, after alias and word expansion.
    public var commands: [[String]]
    /// Whether the shell is gone: `exec` ran a program in its place, which has ended.
    public var shellEnded = false

    public init(status: Int32, commands: [[String]], shellEnded: Bool = false) {
        self.status = status
        self.commands = commands
        self.shellEnded = shellEnded
    }
}
