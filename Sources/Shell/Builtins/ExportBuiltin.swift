import Kubectl

/// `export`: sets variables, or lists them as `declare -x` lines.
struct ExportBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["f", "n", "p"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("export", invalid, usage: usage))
            return 2
        }
        guard !parsed.operands.isEmpty else {
            for name in session.environment.keys.sorted(by: codePointOrder) {
                context.io.out(declaration(name, session.environment[name] ?? ""))
            }
            return 0
        }
        var status: Int32 = 0
        for operand in parsed.operands {
            let name = operand.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)[0]
            guard ShellLexer.isParameterName(String(name)), let first = name.unicodeScalars.first,
                first == "_" || first.properties.isAlphabetic
            else {
                context.io.err(notValidIdentifier(operand))
                status = 1
                continue
            }
            if operand.contains("="), session.isReadonly(String(name)) {
                context.io.err(ShellSession.readonlyMessage(String(name)))
                status = 1
            } else if operand.contains("=") {
                session.environment[String(name)] = String(operand.dropFirst(name.count + 1))
            } else if parsed.options.contains("n") {
                continue
            } else if session.environment[String(name)] == nil {
                session.environment[String(name)] = ""
            }
        }
        return status
    }

    /// A variable as `declare -x` shows it, with `"`, `\`, `$` and backquote escaped.
    private func declaration(_ name: String, _ value: String) -> String {
        var escaped = ""
        for c in value.unicodeScalars {
            if c == "\"" || c == "\\" || c == "$" || c == "`" { escaped.unicodeScalars.append("\\") }
            escaped.unicodeScalars.append(c)
        }
        return "declare -x \(name)=\"\(escaped)\"\n"
    }
}

private let usage = "export [-fn] [name[=value] ...] or export -p"
private func notValidIdentifier(_ operand: String) -> String { "bash: export: `\(operand)': not a valid identifier\n" }
