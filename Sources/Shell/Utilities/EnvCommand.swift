import Kubectl

/// `env`: the environment, one `NAME=value` a line (sorted, for a stable order), or `env NAME=value... COMMAND`.
struct EnvCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption("env", context) { return status }
        let session = context.session
        var operands = Array(context.arguments.dropFirst())
        var cleared = false
        while let first = operands.first, first.hasPrefix("-") {
            operands.removeFirst()
            if first == "-i" || first == "-" {
                cleared = true
            } else if first == "--" {
                break
            } else {
                context.io.err(GNUMessages.optionError("env", .invalid(first.dropFirst().first ?? "-")))
                return 125
            }
        }
        let saved = (session.environment, session.exported)
        defer { (session.environment, session.exported) = saved }
        if cleared { (session.environment, session.exported) = ([:], []) }
        var values: [(String, String)] = []
        while let first = operands.first, let equals = first.firstIndex(of: "="), equals != first.startIndex {
            values.append((String(first[..<equals]), String(first[first.index(after: equals)...])))
            operands.removeFirst()
        }
        return session.withExports(values) {
            guard !operands.isEmpty else {
                context.io.out(Self.listing(session.childEnvironment))
                return 0
            }
            guard let status = session.invoke(operands, io: context.io) else {
                context.io.err("env: \(GNUMessages.quote(operands[0])): No such file or directory\n")
                return 127
            }
            return status
        }
    }

    /// An environment one `NAME=value` a line, as `env` and `printenv` list it.
    static func listing(_ environment: [String: String]) -> String {
        environment.sorted { codePointOrder($0.key, $1.key) }.map { "\($0.key)=\($0.value)\n" }.joined()
    }
}
