/// Prints parsed commands back as bash's `print_cmd.c` does for `type` and `declare -f`: one
/// command a line, indented by four spaces a level, `;` after every command but a list's last.
struct ShellPrinter {
    private var indent = 0

    /// `NAME () ` and its body, as `type NAME` shows a function after `NAME is a function`.
    static func function(_ name: String, _ body: Command) -> String {
        var printer = ShellPrinter()
        switch body {
        case .compound(.group(let list), let redirections):
            var text = "\(name) () \n{ \n"
            printer.indent = 1
            text += printer.lines(list)
            text += "\n}"
            return text + printer.redirections(redirections)
        default:
            // Any other body is shown inside braces, as bash stores it.
            printer.indent = 1
            return "\(name) () \n{ \n" + printer.pad(1) + printer.command(body) + "\n}"
        }
    }

    /// A job's command as `jobs` shows it: the and-or list on one line, without its `&`.
    static func job(_ list: AndOrList) -> String {
        ShellPrinter().andOr(list)
    }

    /// A pipeline's stages, each on its own.
    static func stages(_ pipeline: Pipeline) -> [String] {
        pipeline.stages.map { ShellPrinter().command($0) }
    }

    private func pad(_ level: Int) -> String { String(repeating: "    ", count: level) }

    /// The list's commands, each on its own line at the current indent.
    /// The list's commands, each on its own line at the current indent and all but the last
    /// ended by `;`; a job (`&`) is followed on its own line by the command after it.
    private func lines(_ list: CommandList) -> String {
        var text = ""
        for (index, item) in list.items.enumerated() {
            if index == 0 {
                text += pad(indent)
            } else {
                text += list.items[index - 1].background ? " " : ";\n" + pad(indent)
            }
            text += andOr(item) + (item.background ? " &" : "")
        }
        return text
    }

    /// As `lines`, with the last command ended too: `;`, or nothing after a job's ` &`.
    private func endedLines(_ list: CommandList) -> String {
        lines(list) + (list.items.last?.background == true ? "" : ";")
    }

    private func andOr(_ list: AndOrList) -> String {
        var text = pipeline(list.first)
        for (op, next) in list.rest { text += " \(op.rawValue) " + pipeline(next) }
        return text
    }

    private func pipeline(_ pipeline: Pipeline) -> String {
        var text = pipeline.negated ? "! " : ""
        if pipeline.timing != nil { text = "time " + text }
        for (index, stage) in pipeline.stages.enumerated() {
            if index > 0 { text += pipeline.pipesStandardError[index - 1] ? " |& " : " | " }
            text += command(stage)
        }
        return text
    }

    private func command(_ command: Command) -> String {
        switch command {
        case .simple(let simple):
            var words = simple.assignments.map { "\($0.name)\($0.appends ? "+=" : "=")\($0.value.source)" }
            words += simple.words.map(\.source)
            return words.joined(separator: " ") + redirections(simple.redirections)
        case .subshell(let list, let redirections):
            return "( " + inline(list) + " )" + self.redirections(redirections)
        case .compound(let compound, let redirections):
            return self.compound(compound) + self.redirections(redirections)
        case .function(let name, let body):
            return ShellPrinter.function(name, body).split(separator: "\n", omittingEmptySubsequences: false)
                .enumerated().map { $0.offset == 0 ? String($0.element) : pad(indent) + $0.element }.joined(separator: "\n")
        }
    }

    private func compound(_ compound: CompoundCommand) -> String {
        var inner = self
        inner.indent = indent + 1
        let here = pad(indent)
        switch compound {
        case .ifClause(let branches, let otherwise):
            var text = ""
            for (index, branch) in branches.enumerated() {
                text += (index == 0 ? "if " : "\n" + here + "elif ") + inline(branch.condition) + "; then\n" + inner.endedLines(branch.body)
            }
            if let otherwise { text += "\n" + here + "else\n" + inner.endedLines(otherwise) }
            return text + "\n" + here + "fi"
        case .loop(let until, let condition, let body):
            return (until ? "until " : "while ") + inline(condition) + "; do\n" + inner.endedLines(body) + "\n" + here + "done"
        case .forLoop(let name, let words, let body):
            let list = words.map { " in " + $0.map(\.source).joined(separator: " ") } ?? " in \"$@\""
            return "for \(name)\(list);\n" + here + "do\n" + inner.endedLines(body) + "\n" + here + "done"
        case .arithmeticFor(let initial, let condition, let step, let body):
            return "for ((\(initial); \(condition); \(step)))\n" + here + "do\n" + inner.endedLines(body) + "\n" + here + "done"
        case .caseClause(let word, let items):
            var deeper = self
            deeper.indent = indent + 2
            var text = "case \(word.source) in "
            for item in items {
                text += "\n" + pad(indent + 1) + item.patterns.map(\.source).joined(separator: " | ") + ")\n"
                text += deeper.lines(item.body) + "\n" + pad(indent + 1) + item.terminator.rawValue
            }
            return text + "\n" + here + "esac"
        case .group(let list):
            return "{ \n" + inner.lines(list) + "\n" + here + "}"
        case .conditional(let words):
            return "[[ " + words.map(\.source).joined(separator: " ") + " ]]"
        case .arithmetic(let expression):
            return "(( " + expression.trimmingBlanks + " ))"
        }
    }

    /// A condition list on one line.
    private func inline(_ list: CommandList) -> String {
        var text = ""
        for (index, item) in list.items.enumerated() {
            if index > 0 { text += list.items[index - 1].background ? " " : "; " }
            text += andOr(item) + (item.background ? " &" : "")
        }
        return text
    }

    private func redirections(_ list: [Redirection]) -> String {
        list.map { redirection in
            let fd = redirection.fd.map(String.init) ?? ""
            switch redirection.op {
            // A duplication names the descriptor it changes even when the source left it out.
            case .greatAnd: return " \(redirection.fd ?? 1)>&\(redirection.target.source)"
            case .lessAnd: return " \(redirection.fd ?? 0)<&\(redirection.target.source)"
            default: return " \(fd)\(redirection.op.rawValue) \(redirection.target.source)"
            }
        }.joined()
    }
}
