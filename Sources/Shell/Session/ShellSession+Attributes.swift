/// The attributes `declare` gives variables beyond a value: read-only (`-r`), integer (`-i`,
/// whose assignments are evaluated as arithmetic) and whether the variable is exported. Every
/// variable the shell started with or was handed is exported; one a plain assignment or
/// other assignment makes is not, until `export` or `declare -x`.
extension ShellSession {
    /// Whether `name` is exported to the commands the shell runs.
    func isExported(_ name: String) -> Bool { exported.contains(name) }

    /// `name`'s attributes as `declare -p` writes them, in bash's order: `-aAinrxlu`, or `--`.
    func declarationFlags(_ name: String) -> String {
        var flags = ""
        if isArray(name) { flags += "a" }
        if isAssociative(name) { flags += "A" }
        let given = attributes[name] ?? []
        if given.contains("i") { flags += "i" }
        if given.contains("n") { flags += "n" }
        if given.contains("r") { flags += "r" }
        if isExported(name) { flags += "x" }
        if given.contains("l") { flags += "l" }
        if given.contains("u") { flags += "u" }
        return flags.isEmpty ? "--" : "-" + flags
    }

    /// `value` as an integer variable stores it: evaluated as an arithmetic expression.
    func integerValue(_ value: String) throws(ArithmeticError) -> String {
        String(try arithmeticValue(value))
    }

    /// `expression` evaluated as arithmetic against the shell's variables.
    func arithmeticValue(_ expression: String) throws(ArithmeticError) -> Int64 {
        var evaluator = ArithmeticEvaluator(
            lookup: { [unowned self] name in self.value(of: name) },
            assign: { [unowned self] name, number in self.environment[name] = String(number) })
        return try evaluator.evaluate(expression)
    }
}
