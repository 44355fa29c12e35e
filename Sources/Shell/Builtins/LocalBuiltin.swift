import Kubectl

/// `local NAME[=VALUE]...`: variables the running function sees, restored when it returns.
struct LocalBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        guard session.functionDepth > 0, !session.localFrames.isEmpty else {
            context.io.err("bash: local: can only be used in a function\n")
            return 1
        }
        var status: Int32 = 0
        for operand in context.arguments.dropFirst() {
            let name = String(operand.prefix { $0 != "=" })
            guard ReadBuiltin.isIdentifier(name) else {
                context.io.err("bash: local: `\(operand)': not a valid identifier\n")
                status = 1
                continue
            }
            let frame = session.localFrames.count - 1
            if session.localFrames[frame][name] == nil {
                session.localFrames[frame][name] = .some(session.environment[name])
            }
            if operand.contains("=") {
                session.environment[name] = String(operand.dropFirst(name.count + 1))
            } else if session.environment[name] == nil {
                session.environment[name] = ""
            }
        }
        return status
    }
}
