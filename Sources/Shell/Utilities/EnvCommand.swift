import Kubectl

/// `env`: the environment, one `NAME=value` a line in the order the program was handed it, or
/// `env [-i] [-u NAME] NAME=value... COMMAND`.
struct EnvCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption("env", context) { return status }
        let session = context.session
        var operands = Array(context.arguments.dropFirst())
        var cleared = false
        var unset: [String] = []
        while let first = operands.first, first.hasPrefix("-") {
            operands.removeFirst()
            if first == "-i" || first == "-" || first == "--ignore-environment" {
                cleared = true
            } else if first == "--" {
                break
            } else if first == "-u" || first == "--unset" {
                guard !operands.isEmpty else {
                    context.io.err(GNUMessages.optionError("env", first == "-u" ? .requiresArgument("u") : .longRequiresArgument("unset")))
                    return 125
                }
                unset.append(operands.removeFirst())
            } else if first.hasPrefix("--unset=") {
                unset.append(String(first.dropFirst("--unset=".count)))
            } else if first.hasPrefix("-u") {
                unset.append(String(first.dropFirst(2)))
            } else {
                context.io.err(GNUMessages.optionError("env", .invalid(first.dropFirst().first ?? "-")))
                return 125
            }
        }
        var values: [(String, String)] = []
        while let first = operands.first, let equals = first.firstIndex(of: "="), equals != first.startIndex {
            values.append((String(first[..<equals]), String(first[first.index(after: equals)...])))
            operands.removeFirst()
        }
        var environ = cleared ? [] : session.environ(startingProgram: context.arguments[0])
        environ.removeAll { unset.contains($0.name) }
        for (name, value) in values { environ.set(name, value) }
        guard !operands.isEmpty else {
            context.io.out(Self.listing(environ))
            return 0
        }
        // The program env runs is handed exactly this environment, in this order.
        let saved = (session.environment, session.exported, session.environOrder)
        defer { (session.environment, session.exported, session.environOrder) = saved }
        session.environment = Dictionary(environ, uniquingKeysWith: { $1 })
        session.exported = Set(session.environment.keys)
        session.environOrder = environ.map(\.name)
        guard let status = session.invoke(operands, io: context.io) else {
            context.io.err("env: \(GNUMessages.quote(operands[0])): No such file or directory\n")
            return 127
        }
        return status
    }

    /// An environment one `NAME=value` a line, in its order, as `env` and `printenv` list it.
    static func listing(_ environ: [(name: String, value: String)]) -> String {
        environ.map { "\($0.name)=\($0.value)\n" }.joined()
    }
}
