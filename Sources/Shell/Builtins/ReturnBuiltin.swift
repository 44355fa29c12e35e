import Kubectl

/// `return [N]`: leaves the running function with status N (default: the last command's).
struct ReturnBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        let operands = context.arguments.dropFirst()
        guard session.functionDepth > 0 else {
            context.io.err("bash: return: can only `return' from a function or sourced script\n")
            return 2
        }
        var status = session.lastStatus
        if let operand = operands.first {
            guard operands.count == 1 else {
                context.io.err("bash: return: too many arguments\n")
                session.lineAborted = true
                return 1
            }
            guard let value = Int64(operand.trimmingBlanks) else {
                context.io.err("bash: return: \(operand): numeric argument required\n")
                session.returnStatus = 2
                return 2
            }
            status = Int32(truncatingIfNeeded: value & 0xFF)
        }
        session.returnStatus = status
        return status
    }
}
