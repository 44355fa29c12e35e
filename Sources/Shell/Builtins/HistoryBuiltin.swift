import Kubectl

/// `history [N]` and `history -c`: the lines entered so far, numbered as bash numbers them.
struct HistoryBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        let (options, operands, invalid) = Builtins.options(context.arguments.dropFirst(), allowed: ["c"])
        if let invalid {
            context.io.err(Builtins.invalidOption("history", invalid, usage: usage))
            return 2
        }
        if options.contains("c") {
            session.history.removeAll()
            return 0
        }
        var count = session.history.count
        if let operand = operands.first {
            guard let number = Int(operand), number >= 0 else {
                context.io.err("bash: history: \(operand): numeric argument required\n")
                return 1
            }
            count = min(count, number)
        }
        let start = session.history.count - count
        var text = ""
        for (offset, line) in session.history[start...].enumerated() {
            let number = String(session.historyBase + start + offset + 1)
            text += String(repeating: " ", count: max(0, 5 - number.count)) + number + "  " + line + "\n"
        }
        context.io.out(text)
        return 0
    }
}

private let usage = "history [-c] [-d offset] [n] or history -anrw [filename] or history -ps arg [arg...]"
