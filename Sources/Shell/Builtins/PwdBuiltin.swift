import Kubectl

/// `pwd`: prints the working directory.
struct PwdBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let invalid = Builtins.options(context.arguments.dropFirst(), allowed: ["L", "P"]).invalid {
            context.io.err(Builtins.invalidOption("pwd", invalid, usage: usage))
            return 2
        }
        context.io.out(context.session.cwd + "\n")
        return 0
    }
}

private let usage = "pwd [-LP]"
