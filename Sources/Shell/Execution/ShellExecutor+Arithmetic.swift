import Kubectl

extension ShellExecutor {
    /// The value of `$((source))`: parameters and command substitutions inside are expanded
    /// first, then the text is evaluated, assignments landing in the shell's variables.
    func arithmetic(_ source: String) throws(ExpansionError) -> Int64 {
        var lexer = ShellLexer(source)
        let parts: [WordPart]
        do {
            parts = try lexer.readQuoted(terminator: nil)
        } catch {
            throw .arithmetic("\(source): syntax error in expression")
        }
        return try evaluateArithmetic(try expandedText(parts))
    }

    /// Evaluates an already expanded arithmetic expression against the session's variables.
    func evaluateArithmetic(_ expression: String) throws(ExpansionError) -> Int64 {
        var evaluator = ArithmeticEvaluator(
            lookup: { [session] name in session.value(of: name) },
            assign: { [session] name, value in session.environment[name] = String(value) })
        evaluator.unsetIsError = session.options.contains("nounset")
        do {
            return try evaluator.evaluate(expression)
        } catch {
            throw error.unbound ? .parameter(error.message) : .arithmetic(error.message)
        }
    }
}

extension ShellExecutor {
    /// The value of `(( expression ))` or one part of a C-style `for`; nil after printing bash's
    /// `((:` error, which fails the command without abandoning the line.
    func arithmeticCommand(_ expression: String, sink: any OutputSink) -> Int64? {
        do {
            return try arithmetic(expression)
        } catch {
            if case .arithmetic(let text) = error {
                sink.write("bash: ((: \(text)\n", to: .stderr)
            } else {
                sink.write(error.message, to: .stderr)
                aborted = true
            }
            return nil
        }
    }
}
