import Kubectl

/// `unset`: removes variables.
struct UnsetBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["f", "v", "n"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("unset", invalid, usage: usage))
            return 2
        }
        var status: Int32 = 0
        for name in parsed.operands {
            if parsed.options.contains("f") {
                context.session.functions[name] = nil
                continue
            }
            if context.session.isReadonly(name) {
                context.io.err("bash: unset: \(name): cannot unset: readonly variable\n")
                status = 1
                continue
            }
            // Without -v, a name that is no variable may be a function.
            let isVariable = context.session.environment[name] != nil || context.session.arrays[name] != nil
            if !isVariable && !parsed.options.contains("v") { context.session.functions[name] = nil }
            context.session.environment[name] = nil
            context.session.arrays[name] = nil
            context.session.attributes[name] = nil
            context.session.exported.remove(name)
        }
        return status
    }
}

private let usage = "unset [-f] [-v] [-n] [name ...]"
