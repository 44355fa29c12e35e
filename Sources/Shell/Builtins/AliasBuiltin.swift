import Kubectl

/// `alias`: defines aliases, or prints them as `alias name='value'`.
struct AliasBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["p"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("alias", invalid, usage: usage))
            return 2
        }
        if parsed.operands.isEmpty || parsed.options.contains("p") {
            for name in session.aliases.keys.sorted(by: codePointOrder) {
                context.io.out(Self.definition(name, session.aliases[name] ?? ""))
            }
        }
        var status: Int32 = 0
        for operand in parsed.operands {
            if let equals = operand.firstIndex(of: "="), equals != operand.startIndex {
                let name = String(operand[..<equals])
                guard Self.isValidName(name) else {
                    context.io.err(invalidName(name))
                    status = 1
                    continue
                }
                session.aliases[name] = String(operand[operand.index(after: equals)...])
            } else if let value = session.aliases[operand] {
                context.io.out(Self.definition(operand, value))
            } else {
                context.io.err(notFound(operand))
                status = 1
            }
        }
        return status
    }

    /// An alias as `alias` prints it, single-quoted so it can be read back.
    static func definition(_ name: String, _ value: String) -> String {
        "alias \(name)='\(value.replacing("'", with: "'\\''"))'\n"
    }

    /// bash refuses names holding blanks, quotes, `/`, `$`, backquote, `=` or shell metacharacters.
    static func isValidName(_ name: String) -> Bool {
        !name.unicodeScalars.contains { c in
            ShellLexer.isMetacharacter(c) || "/$`='\"\\".unicodeScalars.contains(c)
        }
    }
}

private let usage = "alias [-p] [name[=value] ... ]"
private func notFound(_ name: String) -> String { "bash: alias: \(name): not found\n" }
private func invalidName(_ name: String) -> String { "bash: alias: `\(name)': invalid alias name\n" }
