import Kubectl

/// What `break N` or `continue N` asks of the enclosing loops.
struct LoopControl: Equatable {
    var breaks: Bool
    /// Loops still to leave (or, for `continue`, to leave before continuing the last).
    var levels: Int
}

/// `break [N]` and `continue [N]`: leave, or go on with the next round of, the N-th enclosing loop.
struct LoopControlBuiltin: ShellCommand {
    let breaks: Bool

    func run(_ context: CommandContext) -> Int32 {
        let name = breaks ? "break" : "continue"
        let session = context.session
        let operands = context.arguments.dropFirst()
        var levels = 1
        if let operand = operands.first {
            // Interactive bash abandons the line on these two, as it would end a script.
            guard operands.count == 1 else {
                context.io.err("bash: \(name): too many arguments\n")
                session.lineAborted = true
                return 1
            }
            guard let value = Int(operand.trimmingBlanks) else {
                context.io.err("bash: \(name): \(operand): numeric argument required\n")
                session.lineAborted = true
                return 128
            }
            guard value >= 1 else {
                context.io.err("bash: \(name): \(operand): loop count out of range\n")
                if session.loopDepth > 0 { session.loopControl = LoopControl(breaks: true, levels: session.loopDepth) }
                return 1
            }
            levels = value
        }
        guard session.loopDepth > 0 else {
            context.io.err(onlyInLoops(name))
            return 0
        }
        session.loopControl = LoopControl(breaks: breaks, levels: min(levels, session.loopDepth))
        return 0
    }
}

private func onlyInLoops(_ name: String) -> String {
    "bash: \(name): only meaningful in a `for', `while', or `until' loop\n"
}
