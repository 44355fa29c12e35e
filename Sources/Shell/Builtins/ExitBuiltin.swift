import Kubectl

/// `exit`: asks the shell to stop; the REPL decides what stopping means.
struct ExitBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        var operands = context.arguments.dropFirst()
        if operands.first == "--" { operands.removeFirst() }
        guard operands.count <= 1 else {
            context.io.err(tooManyArguments)
            session.lineAborted = true
            return 1
        }
        session.exitRequested = true
        guard let operand = operands.first else { return session.lastStatus }
        let trimmed = operand.trimmingBlanks
        guard let value = Int64(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed) else {
            context.io.err(numericArgumentRequired(operand))
            return 2
        }
        return Int32(truncatingIfNeeded: value & 0xFF)
    }
}

private let tooManyArguments = "bash: exit: too many arguments\n"
private func numericArgumentRequired(_ operand: String) -> String {
    "bash: exit: \(operand): numeric argument required\n"
}
