import Kubectl

/// `export`: marks variables exported (setting them), or lists the exported ones as `declare -x` lines.
struct ExportBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["f", "n", "p"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("export", invalid, usage: usage))
            return 2
        }
        guard !parsed.operands.isEmpty else {
            context.io.out(DeclareBuiltin.exportedDeclarations(session))
            return 0
        }
        var status: Int32 = 0
        let offset = context.arguments.count - parsed.operands.count
        for (index, operand) in parsed.operands.enumerated() {
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
                continue
            }
            if let items = context.arrayValues[offset + index] {
                // `export NAME=(...)` makes an array, which is marked but not handed on.
                try? session.assignArray(String(name), items, appends: false)
            } else if operand.contains("=") {
                session.setVariable(String(name), String(operand.dropFirst(name.count + 1)))
            }
            // `-n` takes the export away again.
            if parsed.options.contains("n") {
                session.exported.remove(String(name))
            } else {
                session.exported.insert(String(name))
            }
        }
        return status
    }
}

private let usage = "export [-fn] [name[=value] ...] or export -p"
private func notValidIdentifier(_ operand: String) -> String { "bash: export: `\(operand)': not a valid identifier\n" }
