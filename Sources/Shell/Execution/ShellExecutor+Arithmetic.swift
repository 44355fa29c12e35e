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
            lookup: { [self] name in
                guard let element = try? arithmeticElement(name) else { return session.value(of: name) }
                // An unset element of a set array is 0 even under `set -u`; of an unset one, an error.
                return element.value ?? (session.elements(element.name).isEmpty ? nil : "")
            },
            assign: { [self] name, value in
                guard let element = try? arithmeticElement(name) else {
                    session.environment[name] = String(value)
                    return
                }
                if let key = element.key { session.setAssociative(element.name, key, String(value)) }
                if let index = element.index { session.setElement(element.name, index, String(value)) }
            })
        // dash and busybox ash read an unset variable as 0 even under `set -u`.
        evaluator.unsetIsError = session.options.contains("nounset") && session.flavour == .bash
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

extension ShellExecutor {
    /// `NAME[SUBSCRIPT]` read inside arithmetic: an associative array's key as written, or an
    /// indexed array's index, itself evaluated; nil for a plain name.
    fileprivate func arithmeticElement(_ written: String) throws(ExpansionError)
        -> (name: String, key: String?, index: Int64?, value: String?)?
    {
        guard let open = written.firstIndex(of: "["), written.hasSuffix("]") else { return nil }
        let name = session.referencedName(String(written[..<open]))
        let subscriptText = String(written[written.index(after: open)..<written.index(before: written.endIndex)])
        if session.isAssociative(name) {
            return (name, subscriptText, nil, session.associative[name]?[subscriptText])
        }
        let index = try evaluateArithmetic(subscriptText)
        return (name, nil, index, session.element(name, index))
    }
}
