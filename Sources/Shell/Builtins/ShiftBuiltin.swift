import Kubectl

/// `shift [N]`: drops the first N positional parameters; status 1 when there are fewer.
struct ShiftBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        var count = 1
        if let operand = context.arguments.dropFirst().first {
            guard let value = Int(operand.trimmingBlanks), value >= 0 else {
                context.io.err("bash: shift: \(operand): numeric argument required\n")
                return 1
            }
            count = value
        }
        guard count <= session.positional.count else { return 1 }
        session.positional.removeFirst(count)
        return 0
    }
}
