import Kubectl

/// `pwd [-L|-P]`: prints the working directory.
struct PwdBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["L", "P"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("pwd", invalid, usage: usage))
            return 2
        }
        // -P: the directory with its links resolved; by default the path `cd` was given.
        let session = context.session
        let physical = parsed.options.contains("P") ? session.filesystem.canonicalPathOrNil(session.cwd) : nil
        context.io.out((physical ?? session.cwd) + "\n")
        return 0
    }
}

private let usage = "pwd [-LP]"
