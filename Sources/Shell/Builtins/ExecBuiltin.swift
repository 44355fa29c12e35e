import Kubectl

/// `exec [-cl] [-a name] [command [argument ...]]`: with a command, runs that program in the
/// shell's place, so when it ends the shell is gone (the lab's session ends, as a login shell's
/// terminal would close); a name that is no program says `not found` and the interactive shell
/// goes on. Without one it does nothing here: redirections alone last only for this command.
struct ExecBuiltin: ShellCommand {
    /// Builtins that Debian also installs as programs (coreutils, procps), which `exec` can run.
    private static let programsToo: Set<String> = ["echo", "printf", "test", "[", "true", "false", "pwd", "kill"]

    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        guard let parsed = Builtins.options(
            context.arguments.dropFirst(), allowed: ["c", "l"], valued: ["a"], builtin: "exec", usage: usage, io: context.io)
        else { return 2 }
        let arguments = parsed.operands
        guard let name = arguments.first else { return 0 }
        let isProgram = name.contains("/") ? session.isExecutable(name) : session.programPath(name) != nil || Self.programsToo.contains(name)
        guard isProgram else {
            context.io.err("bash: exec: \(name): not found\n")
            return 127
        }
        let status: Int32
        if parsed.flags["c"] != nil {
            // `-c`: the program starts with an empty environment.
            let saved = (session.environment, session.exported, session.environOrder)
            (session.environment, session.exported, session.environOrder) = ([:], [], [])
            status = session.invoke(arguments, io: context.io) ?? 127
            (session.environment, session.exported, session.environOrder) = saved
        } else {
            // bash lowers SHLVL first, so a shell started here has the level this one had; not
            // in `( ... )`, which it counts as a level of its own.
            let level = session.inParenthesizedSubshell ? [] : session.shellLevelAfterExec
            status = session.withExports(level) { session.invoke(arguments, io: context.io) ?? 127 }
        }
        session.replaced = true
        session.exitRequested = true
        return status
    }
}

private let usage = "exec [-cl] [-a name] [command [argument ...]] [redirection ...]"
