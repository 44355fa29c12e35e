import Kubectl

/// `unset`: removes variables.
struct UnsetBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["f", "v", "n"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("unset", invalid, usage: usage))
            return 2
        }
        for name in parsed.operands {
            context.session.environment[name] = nil
            context.session.arrays[name] = nil
        }
        return 0
    }
}

private let usage = "unset [-f] [-v] [-n] [name ...]"
