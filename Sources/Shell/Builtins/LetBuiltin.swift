import Kubectl

/// `let`: evaluates each argument as an arithmetic expression; the status is 1 when the last is zero.
struct LetBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let expressions = context.arguments.dropFirst()
        guard !expressions.isEmpty else {
            context.io.err("bash: let: expression expected\n")
            return 1
        }
        let session = context.session
        var evaluator = ArithmeticEvaluator(
            lookup: { name in session.value(of: name) },
            assign: { name, value in session.environment[name] = String(value) })
        var last: Int64 = 0
        for expression in expressions {
            do {
                last = try evaluator.evaluate(expression)
            } catch {
                context.io.err("bash: let: \(error.message)\n")
                return 1
            }
        }
        return last != 0 ? 0 : 1
    }
}
