import Kubectl

/// `printenv [NAME...]`: the whole environment as `env` prints it, or the value of each name
/// given, one a line; status 1 when any name is not set.
struct PrintenvCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption("printenv", context) { return status }
        let environ = context.session.environ(startingProgram: context.arguments[0])
        let names = context.arguments.dropFirst()
        if let option = names.first(where: { $0.hasPrefix("-") && $0 != "-" }) {
            context.io.err(GNUMessages.optionError("printenv", .invalid(option.dropFirst().first ?? "-")))
            return 2
        }
        guard !names.isEmpty else {
            context.io.out(EnvCommand.listing(environ))
            return 0
        }
        var status: Int32 = 0
        for name in names {
            if let variable = environ.first(where: { $0.name == name }) { context.io.out(variable.value + "\n") } else { status = 1 }
        }
        return status
    }
}
