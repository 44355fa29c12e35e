import Kubectl

/// `printenv [NAME...]`: the whole environment as `env` prints it, or the value of each name
/// given, one a line; status 1 when any name is not set.
struct PrintenvCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption("printenv", context) { return status }
        let environment = context.session.childEnvironment
        let names = context.arguments.dropFirst()
        if let option = names.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            context.io.err(GNUMessages.optionError("printenv", .invalid(option.dropFirst().first ?? "-")))
            return 2
        }
        guard !names.isEmpty else {
            context.io.out(EnvCommand.listing(environment))
            return 0
        }
        var status: Int32 = 0
        for name in names {
            if let value = environment[name] { context.io.out(value + "\n") } else { status = 1 }
        }
        return status
    }
}
