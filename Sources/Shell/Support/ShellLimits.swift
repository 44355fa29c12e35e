/// Bounds that keep hostile or mistaken input from exhausting memory or time.
enum ShellLimits {
    /// The most output one line may print, or one pipe or file may hold: 8 MiB.
    static let outputBytes = 8 << 20
    /// The longest value a variable may hold: 64 MiB.
    static let variableBytes = 64 << 20
    /// What the shell says when an assignment passes it, after `bash: `.
    static func variableMessage(_ name: String) -> String { "\(name): value longer than 64 MiB (the taroko shell's limit)" }
    /// How deeply shell runs may nest (`$(...)` inside commands that run lines themselves).
    static let nesting = 100
    /// What the shell says when nesting passes the limit.
    static let nestingMessage = "bash: maximum nesting level exceeded\n"
    /// The most rounds a `while` or `until` loop runs before the shell stops it (no hangs).
    static let loopRounds = 1000
    /// What the shell says when it stops such a loop.
    static let loopMessage = "bash: loop stopped after 1000 rounds (the taroko shell's limit)\n"
    /// The most function calls one line may make: a fork bomb (`:(){ :|:& };:`) stops here.
    static let functionCalls = 10_000
    /// What the shell says then, as bash does when it can start no more processes.
    static let functionCallsMessage = "bash: fork: Resource temporarily unavailable\n"
    /// How deeply function calls may nest (bash's `FUNCNEST`).
    static let functionNesting = 100
    /// The most simple commands one line may record in `ShellRunResult.commands`.
    static let recordedCommands = 100_000
}
