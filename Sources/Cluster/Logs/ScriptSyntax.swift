/// The little of the shell language a container's `sh -c` script is read with for its output:
/// simple commands separated by `;`, `&` or newlines, and-or lists (`a && b || c`, left to right),
/// `while COND; do ...; done` (and `until`), `for NAME in WORDS; do ...; done`,
/// `if COND; then ...; [elif ...;] [else ...;] fi`, `case WORD in PATTERN|PATTERN) ...;; esac`,
/// functions (`NAME() { ...; }`, `function NAME { ...; }`), `{ ...; }` groups and `( ... )`
/// subshells, each compound command with the redirections after its end, with quotes kept so
/// expansion knows where it may act, and redirection operators (`>`, `>>`, `2>`, `2>&1`, `<`) as
/// words of their own (`ScriptSyntax+Lexer.swift`). A token no command may start with (`fi`, `}`)
/// is a syntax error at the top level.
enum ScriptSyntax {
    /// A piece of a word and how it was quoted.
    struct Part: Equatable {
        /// `redirect` marks a redirection operator, whose target is the next word; `control` one
        /// of `(`, `)` and `;;`.
        enum Quoting { case none, single, double, redirect, control }
        var text: String
        var quoting: Quoting
    }

    typealias Word = [Part]

    indirect enum Statement: Equatable {
        /// A simple command and the line it starts on.
        case simple([Word], line: Int)
        /// `while COND; do ...; done`, or `until COND; ...` when `until`.
        case whileLoop(condition: [Word], line: Int, body: [Statement], until: Bool)
        case forLoop(name: String, items: [Word], line: Int, body: [Statement])
        /// `if COND; then ...; elif COND; then ...; else ...; fi`.
        case conditional(branches: [Branch], otherwise: [Statement]?)
        /// `case WORD in ...; esac`: the first item with a pattern that matches runs.
        case selection(subject: Word, line: Int, items: [CaseItem])
        /// `NAME() { ...; }` (or `function NAME { ...; }` in bash and busybox ash): defines a
        /// function, which runs when a command names it.
        case function(name: String, body: [Statement])
        /// `{ ...; }`.
        case group([Statement])
        /// `( ... )`: runs in a subshell, so what it sets stays there.
        case subshell([Statement])
        /// A compound command and the redirections after its end (`done > file`, `} 2>&1`).
        case redirected(Statement, [Word])
        /// `left && right` or `left || right`: `right` runs as `left`'s exit status says.
        case andOr(Statement, Joiner, Statement)
        /// A token no command can start with (`}`, `fi`, ...) or hold (`(`), at the script's top
        /// level, where dash reports it before it runs the line (`ScriptOutput+ShellErrors.swift`).
        case syntaxError(token: String, line: Int)
        /// Something this reader does not follow: the output stops there.
        case unknown
    }

    /// How a command is tied to the one before it in an and-or list.
    enum Joiner: Equatable {
        /// `&&`: runs when the one before succeeded.
        case and
        /// `||`: runs when the one before failed.
        case or
    }

    /// A command's words and, when it continues an and-or list, how it is joined to the one
    /// before; the line it starts on, and whether a `|` ended it.
    struct Command: Equatable {
        var words: [Word]
        var joiner: Joiner?
        var line = 1
        var piped = false
        /// The rest of a command after a keyword that ended or started something (`done > file`).
        var follows = false
    }

    /// One `if` or `elif` of a conditional: its condition command, its line, and what runs when it holds.
    struct Branch: Equatable {
        var condition: [Word]
        var line: Int
        var body: [Statement]
    }

    /// One item of a `case`: its patterns and what runs when one matches.
    struct CaseItem: Equatable {
        var patterns: [Word]
        var body: [Statement]
    }

    /// Parses a script into statements, its lines counted from `firstLine`; without
    /// `functionKeyword` (dash), `function` is a word like any other.
    static func parse(_ script: String, firstLine: Int = 1, functionKeyword: Bool = true) -> [Statement] {
        var commands = ArraySlice(commands(script, firstLine: firstLine))
        if !functionKeyword {
            for index in commands.indices {
                commands[index].words = commands[index].words.map { plain($0) == "function" ? [Part(text: "function", quoting: .single)] : $0 }
            }
        }
        var ended: String?
        return block(&commands, until: [], ended: &ended)
    }

    /// `(`, `)` or `;;` written as an operator, which no simple command holds.
    static func controlOperator(_ word: Word) -> String? {
        word.count == 1 && word[0].quoting == .control ? word[0].text : nil
    }

    /// What a script reads as up to an unexpected `token` on `line`: at the top level, the
    /// statements before the line and the syntax error (the shells parse a whole line before
    /// they run it); deeper, where this reader cannot tell what runs, an unknown statement.
    static func unexpected(_ token: String, at line: Int, after statements: [Statement], topLevel: Bool) -> [Statement] {
        guard topLevel else { return statements + [.unknown] }
        var kept = statements
        while let last = kept.last, last.firstLine.map({ $0 >= line }) ?? false { kept.removeLast() }
        return kept + [.syntaxError(token: token, line: line)]
    }

    /// Whether `words` are redirections alone: operators, each followed by its target unless it
    /// names a descriptor (`2>&1`).
    static func isRedirections(_ words: [Word]) -> Bool {
        var index = 0
        while index < words.count {
            let word = words[index]
            guard word.count == 1, word[0].quoting == .redirect else { return false }
            index += word[0].text.contains("&") ? 1 : 2
        }
        return index == words.count
    }

    /// The text of a word that has no quotes, for keywords.
    static func plain(_ word: Word) -> String? {
        word.allSatisfy { $0.quoting == .none } ? word.map(\.text).joined() : nil
    }

    /// A keyword or control operator starting a command: an unquoted word's text, or `(`, `)` or `;;`.
    static func keyword(_ word: Word?) -> String? {
        guard let word else { return nil }
        if word.count == 1, word[0].quoting == .control { return word[0].text }
        return plain(word)
    }

    /// Puts `words`, the rest of `command` after a keyword, back as the next command to read.
    static func pushBack(_ words: some Collection<Word>, of command: Command, _ commands: inout ArraySlice<Command>) {
        guard !words.isEmpty else { return }
        commands.insert(
            Command(words: Array(words), joiner: nil, line: command.line, piped: command.piped, follows: true),
            at: commands.startIndex)
    }

    /// Statements up to one of `ends` (its keyword, consumed, in `ended`; nil at the script's end).
    static func block(_ commands: inout ArraySlice<Command>, until ends: Set<String>, ended: inout String?) -> [Statement] {
        var statements: [Statement] = []
        ended = nil
        while var command = commands.popFirst() {
            // In a subshell, the `)` that ends it ends the command before it (`(exit 3)`), unless
            // the command's own `)` closes a case pattern or a function's `()`.
            if ends.contains(")"), keyword(command.words.first) != "case",
                command.words.count < 2 || keyword(command.words[1]) != "(",
                let close = command.words.dropFirst().firstIndex(where: { controlOperator($0) == ")" })
            {
                pushBack(command.words[close...], of: command, &commands)
                command.words.removeSubrange(close...)
            }
            var words = command.words
            guard !words.isEmpty else { continue }
            // Only an unquoted word can be a keyword; `x="a b"` is a command like any other.
            let first = keyword(words.first) ?? ""
            if ends.contains(first) {
                ended = first
                pushBack(words.dropFirst(), of: command, &commands)
                return statements
            }
            let count = statements.count
            switch first {
            case "if":
                guard let conditional = conditional(command, &commands) else { return statements + [.unknown] }
                statements.append(conditional)
            case "while", "until", "for":
                words.removeFirst()
                // `do` may start the next command; what follows it is the body's first command.
                guard let next = commands.popFirst(), keyword(next.words.first) == "do" else {
                    return statements + [.unknown]
                }
                pushBack(next.words.dropFirst(), of: next, &commands)
                var done: String?
                let body = block(&commands, until: ["done"], ended: &done)
                if first != "for" {
                    statements.append(.whileLoop(condition: words, line: command.line, body: body, until: first == "until"))
                } else {
                    guard let name = words.first.flatMap(plain), words.count >= 2, words[1].first?.text == "in" else {
                        return statements + [.unknown]
                    }
                    statements.append(
                        .forLoop(name: name, items: Array(words.dropFirst(2)), line: command.line, body: body))
                }
            case "case":
                guard let selection = selection(command, &commands) else { return statements + [.unknown] }
                statements.append(selection)
            case "{", "(":
                let end = first == "{" ? "}" : ")"
                pushBack(words.dropFirst(), of: command, &commands)
                var closed: String?
                let body = block(&commands, until: [end], ended: &closed)
                guard closed == end else { return statements + [.unknown] }
                statements.append(first == "{" ? .group(body) : .subshell(body))
            case "function":
                guard let function = keywordFunction(command, &commands) else { return statements + [.unknown] }
                statements.append(function)
            case "then", "elif", "else", "fi", "esac", ")", ";;", "}", "do", "done":
                return unexpected(first, at: command.line, after: statements, topLevel: ends.isEmpty)
            default:
                if words.count >= 3, keyword(words[1]) == "(" {
                    guard let function = function(command, &commands) else { return statements + [.unknown] }
                    statements.append(function)
                } else if let control = words.dropFirst().lazy.compactMap(controlOperator).first {
                    return unexpected(control, at: command.line, after: statements, topLevel: ends.isEmpty)
                } else {
                    statements.append(.simple(words, line: command.line))
                }
            }
            // Redirections after a compound command's end are its own.
            if statements.count == count + 1, let next = commands.first, next.follows, isRedirections(next.words),
                let compound = statements.last
            {
                switch compound {
                case .function: return statements + [.unknown]
                case .simple: break
                default:
                    commands.removeFirst()
                    statements[statements.count - 1] = .redirected(compound, next.words)
                }
            }
            // A statement that continues an and-or list joins the one before it.
            if let joiner = command.joiner, count > 0, statements.count == count + 1 {
                let right = statements.removeLast()
                statements.append(.andOr(statements.removeLast(), joiner, right))
            }
        }
        return statements
    }

    /// The rest of an `if` that `command` starts, up to its `fi`; nil when it is not written as
    /// this reader follows it.
    private static func conditional(_ command: Command, _ commands: inout ArraySlice<Command>) -> Statement? {
        var branches: [Branch] = []
        var condition = Array(command.words.dropFirst())
        var line = command.line
        while true {
            // `then` may start the next command; what follows it is the body's first command.
            guard !condition.isEmpty, let next = commands.popFirst(), next.joiner == nil,
                keyword(next.words.first) == "then"
            else { return nil }
            pushBack(next.words.dropFirst(), of: next, &commands)
            var ended: String?
            let body = block(&commands, until: ["elif", "else", "fi"], ended: &ended)
            branches.append(Branch(condition: condition, line: line, body: body))
            switch ended {
            case "elif":
                let next = commands.popFirst()
                condition = next?.words ?? []
                line = next?.line ?? line
            case "else":
                let otherwise = block(&commands, until: ["fi"], ended: &ended)
                return ended == "fi" ? .conditional(branches: branches, otherwise: otherwise) : nil
            case "fi":
                return .conditional(branches: branches, otherwise: nil)
            default:
                return nil
            }
        }
    }
}

extension ScriptSyntax.Statement {
    /// The line a statement starts on, where it names one.
    var firstLine: Int? {
        switch self {
        case .simple(_, let line), .whileLoop(_, let line, _, _), .forLoop(_, _, let line, _), .selection(_, let line, _),
            .syntaxError(_, let line):
            line
        case .conditional(let branches, _): branches.first?.line
        case .andOr(let left, _, _), .redirected(let left, _): left.firstLine
        case .function, .group, .subshell, .unknown: nil
        }
    }
}
