import Kubectl

/// `export`: marks variables exported (setting them), or lists the exported ones as `declare -x`
/// lines; dash and busybox ash have their own (`ExportBuiltin+POSIX.swift`).
struct ExportBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        if session.flavour != .bash { return posixExport(context) }
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["f", "n", "p"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("export", invalid, usage: usage))
            return 2
        }
        if parsed.options.contains("f") {
            return exportFunctions(parsed.operands, remove: parsed.options.contains("n"), context)
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

    /// `export -f NAME...` (`-nf` takes the export away), or alone: each exported function as
    /// `declare -f` prints it, then `declare -fx NAME`.
    private func exportFunctions(_ names: [String], remove: Bool, _ context: CommandContext) -> Int32 {
        let session = context.session
        guard !names.isEmpty else {
            for name in session.exportedFunctions.sorted(by: codePointOrder) {
                guard let body = session.functions[name] else { continue }
                context.io.out(ShellPrinter.function(name, body) + "\ndeclare -fx \(name)\n")
            }
            return 0
        }
        var status: Int32 = 0
        for name in names {
            guard session.functions[name] != nil else {
                context.io.err("bash: export: \(name): not a function\n")
                status = 1
                continue
            }
            if remove { session.exportedFunctions.remove(name) } else { session.exportedFunctions.insert(name) }
        }
        return status
    }
}

private let usage = "export [-fn] [name[=value] ...] or export -p"
private func notValidIdentifier(_ operand: String) -> String { "bash: export: `\(operand)': not a valid identifier\n" }
