import Kubectl

/// dash's and busybox ash's `export` (`exportcmd`: dash `src/var.c`, ash `shell/ash.c`): options
/// by `nextopt` (dash `-p`, ash `-n` and `-p`), each operand set or marked through `setvar`,
/// and with no operands the exported variables as `export NAME='VALUE'` lines, sorted. An error
/// is raised as a special builtin's: the shell's message, status 2, and the rest of the input
/// abandoned (a script's shell exits).
extension ExportBuiltin {
    func posixExport(_ context: CommandContext) -> Int32 {
        let session = context.session
        let ash = session.flavour == .ash
        var operands = Array(context.arguments.dropFirst())
        var unexports = false
        // `nextopt`: words starting with `-` up to `--`; a lone `-` is an operand.
        while let first = operands.first, first.hasPrefix("-"), first.count > 1 {
            operands.removeFirst()
            if first == "--" { break }
            for flag in first.dropFirst() {
                switch flag {
                case "p": continue
                case "n" where ash: unexports = true
                default: return raise(ash ? "illegal option -\(flag)" : "Illegal option -\(flag)", context)
                }
            }
        }
        guard !operands.isEmpty else {
            context.io.out(Self.exportLines(session))
            return 0
        }
        for operand in operands {
            let name = String(operand.prefix { $0 != "=" })
            // `setvar`'s check: a name (letters, digits, `_`, not a digit first) up to the `=`.
            guard let first = name.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic),
                name.unicodeScalars.allSatisfy({ $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType == .decimal)) })
            else { return raise("\(name): bad variable name", context) }
            if operand.contains("=") {
                if session.isReadonly(name) { return raise("\(name): is read only", context) }
                session.setVariable(name, String(operand.dropFirst(name.count + 1)))
            }
            if unexports { session.exported.remove(name) } else { session.exported.insert(name) }
        }
        return 0
    }

    /// Writes the shell's message for an error `export` raised and abandons the rest of the input.
    private func raise(_ message: String, _ context: CommandContext) -> Int32 {
        context.io.err(context.session.shellMessagePrefix(builtin: "export") + message + "\n")
        context.session.lineAborted = true
        return 2
    }

    /// `showvars("export", VEXPORT, 0)`: each exported variable, by name, its value single-quoted;
    /// one exported but never set is its name alone.
    static func exportLines(_ session: ShellSession) -> String {
        session.exported.sorted(by: codePointOrder).map { name in
            guard let value = session.environment[name] else { return "export \(name)\n" }
            return "export \(name)=\(singleQuoted(value))\n"
        }.joined()
    }

    /// `single_quote`: runs without `'` in single quotes, runs of `'` in double quotes.
    static func singleQuoted(_ value: String) -> String {
        var result = ""
        var rest = Substring(value)
        repeat {
            let plain = rest.prefix { $0 != "'" }
            result += "'" + plain + "'"
            rest = rest.dropFirst(plain.count)
            let quotes = rest.prefix { $0 == "'" }
            if quotes.isEmpty { break }
            result += "\"" + quotes + "\""
            rest = rest.dropFirst(quotes.count)
        } while !rest.isEmpty
        return result
    }
}
