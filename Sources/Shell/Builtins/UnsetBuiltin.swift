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
            if parsed.options.contains("f") {
                context.session.functions[name] = nil
                continue
            }
            // Without -v, a name that is no variable may be a function.
            let isVariable = context.session.environment[name] != nil || context.session.arrays[name] != nil
            if !isVariable && !parsed.options.contains("v") { context.session.functions[name] = nil }
            context.session.environment[name] = nil
            context.session.arrays[name] = nil
        }
        return 0
    }
}

private let usage = "unset [-f] [-v] [-n] [name ...]"
