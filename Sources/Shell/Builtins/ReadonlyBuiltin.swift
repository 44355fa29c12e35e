import Kubectl

/// `readonly NAME[=VALUE]...`: `declare -r` for variables of the whole shell, even inside a
/// function; alone or with `-p`, the read-only variables as `declare` lines.
struct ReadonlyBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let invalid = Builtins.options(context.arguments.dropFirst(), allowed: ["a", "A", "f", "p"]).invalid {
            context.io.err(Builtins.invalidOption("readonly", invalid, usage: usage))
            return 2
        }
        var forwarded = context
        forwarded.arguments.insert("-gr", at: 1)
        forwarded.arrayValues = Dictionary(uniqueKeysWithValues: context.arrayValues.map { ($0.key + 1, $0.value) })
        return DeclareBuiltin(name: "readonly").run(forwarded)
    }
}

private let usage = "readonly [-aAf] [name[=value] ...] or readonly -p"
