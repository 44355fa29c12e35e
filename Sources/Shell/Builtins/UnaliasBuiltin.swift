import Kubectl

/// `unalias`: removes aliases; `-a` removes them all.
struct UnaliasBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["a"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("unalias", invalid, usage: usage))
            return 2
        }
        if parsed.options.contains("a") {
            context.session.aliases = [:]
            return 0
        }
        guard !parsed.operands.isEmpty else {
            context.io.err("unalias: usage: \(usage)\n")
            return 2
        }
        var status: Int32 = 0
        for name in parsed.operands {
            if context.session.aliases.removeValue(forKey: name) == nil {
                context.io.err(notFound(name))
                status = 1
            }
        }
        return status
    }
}

private let usage = "unalias [-a] name [name ...]"
private func notFound(_ name: String) -> String { "bash: unalias: \(name): not found\n" }
