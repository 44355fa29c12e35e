import Kubectl

/// `wait` and `jobs`. Every command of this shell runs to its end before the next starts (a
/// trailing `&` included), so there is never a job to wait for or list: both report what bash
/// reports for a job or process it does not have.
struct JobsBuiltin: ShellCommand {
    /// `wait` (true) or `jobs`.
    let waits: Bool

    func run(_ context: CommandContext) -> Int32 {
        let name = waits ? "wait" : "jobs"
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: waits ? ["n", "f"] : ["l", "n", "p", "r", "s"])
        if let invalid = parsed.invalid {
            let usage = waits ? "wait [-fn] [-p var] [id ...]" : "jobs [-lnprs] [jobspec ...] or jobs -x command [args]"
            context.io.err(Builtins.invalidOption(name, invalid, usage: usage))
            return 2
        }
        if waits, parsed.options.contains("n") { return 127 }
        var status: Int32 = 0
        for operand in parsed.operands {
            if operand.hasPrefix("%") {
                context.io.err("bash: \(name): \(operand): no such job\n")
                status = waits ? 127 : 1
            } else if waits, !operand.isEmpty, operand.allSatisfy(\.isNumber) {
                context.io.err("bash: wait: pid \(operand) is not a child of this shell\n")
                status = 127
            } else if waits {
                context.io.err("bash: wait: `\(operand)': not a pid or valid job spec\n")
                status = 1
            } else {
                context.io.err("bash: jobs: \(operand): no such job\n")
                status = 1
            }
        }
        return status
    }
}
