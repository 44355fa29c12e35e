/// `case` and function definitions (`NAME() { ...; }`, and `function NAME { ...; }` as bash and
/// busybox ash write them) in a container's script, read from its commands: a `|`
/// between a case item's patterns ends a command, as a pipe would, and `)` and `;;` are words
/// of their own (`ScriptSyntax+Lexer.swift`).
extension ScriptSyntax {
    /// The `case WORD in` that `command` starts, up to its `esac`; nil when it is not written as
    /// this reader follows it.
    static func selection(_ command: Command, _ commands: inout ArraySlice<Command>) -> Statement? {
        let words = command.words
        guard words.count >= 3, plain(words[2]) == "in" else { return nil }
        pushBack(words.dropFirst(3), of: command, &commands)
        var items: [CaseItem] = []
        while var current = commands.popFirst() {
            var rest = current.words[...]
            switch keyword(rest.first) {
            case "esac":
                pushBack(rest.dropFirst(), of: current, &commands)
                return .selection(subject: words[1], line: command.line, items: items)
            case "(":
                rest.removeFirst()
            default:
                break
            }
            // Patterns up to `)`, each alternative after a `|` starting a command of its own.
            var patterns: [Word] = []
            while true {
                guard let word = rest.popFirst() else {
                    guard current.piped, let next = commands.popFirst() else { return nil }
                    current = next
                    rest = next.words[...]
                    continue
                }
                if keyword(word) == ")" { break }
                guard word.allSatisfy({ $0.quoting != .control }) else { return nil }
                patterns.append(word)
            }
            guard !patterns.isEmpty else { return nil }
            pushBack(rest, of: current, &commands)
            var ended: String?
            let body = block(&commands, until: [";;", "esac"], ended: &ended)
            items.append(CaseItem(patterns: patterns, body: body))
            switch ended {
            case ";;": continue
            case "esac": return .selection(subject: words[1], line: command.line, items: items)
            default: return nil
            }
        }
        return nil
    }

    /// The function `NAME() { ...; }` that `command` defines (its body may start on the next
    /// line); nil when it is not written as this reader follows it.
    static func function(_ command: Command, _ commands: inout ArraySlice<Command>) -> Statement? {
        let words = command.words
        guard let name = plain(words[0]), ScriptOutput.isName(name[...]), keyword(words[2]) == ")" else { return nil }
        return functionBody(named: name, after: command, words.dropFirst(3), &commands)
    }

    /// The function `function NAME { ...; }` (or `function NAME() ...`) that `command` defines.
    static func keywordFunction(_ command: Command, _ commands: inout ArraySlice<Command>) -> Statement? {
        var words = command.words.dropFirst()
        guard let name = words.first.flatMap(plain), ScriptOutput.isName(name[...]) else { return nil }
        words.removeFirst()
        if keyword(words.first) == "(" {
            guard keyword(words.dropFirst().first) == ")" else { return nil }
            words.removeFirst(2)
        }
        return functionBody(named: name, after: command, words, &commands)
    }

    /// A function's `{ ...; }` body, from `rest` of the defining command or the next one.
    private static func functionBody(
        named name: String, after command: Command, _ rest: ArraySlice<Word>, _ commands: inout ArraySlice<Command>
    ) -> Statement? {
        var opening = command
        opening.words = Array(rest)
        if opening.words.isEmpty {
            guard let next = commands.popFirst() else { return nil }
            opening = next
        }
        guard keyword(opening.words.first) == "{" else { return nil }
        pushBack(opening.words.dropFirst(), of: opening, &commands)
        var closed: String?
        let body = block(&commands, until: ["}"], ended: &closed)
        return closed == "}" ? .function(name: name, body: body) : nil
    }
}
