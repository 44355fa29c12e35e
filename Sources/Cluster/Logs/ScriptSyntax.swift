/// The little of the shell language a container's `sh -c` script is read with for its output:
/// simple commands separated by `;`, `&` or newlines, and-or lists (`a && b || c`, left to right),
/// `while COND; do ...; done`, `for NAME in WORDS; do ...; done`,
/// `if COND; then ...; [elif ...;] [else ...;] fi`, `case WORD in PATTERN|PATTERN) ...;; esac`,
/// functions (`NAME() { ...; }`) and `{ ...; }` groups, with quotes kept so expansion knows where
/// it may act, and redirection operators (`>`, `>>`, `2>`, `2>&1`, `<`) as words of their own
/// (`ScriptSyntax+Lexer.swift`).
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
        case whileLoop(condition: [Word], line: Int, body: [Statement])
        case forLoop(name: String, items: [Word], line: Int, body: [Statement])
        /// `if COND; then ...; elif COND; then ...; else ...; fi`.
        case conditional(branches: [Branch], otherwise: [Statement]?)
        /// `case WORD in ...; esac`: the first item with a pattern that matches runs.
        case selection(subject: Word, line: Int, items: [CaseItem])
        /// `NAME() { ...; }`: defines a function, which runs when a command names it.
        case function(name: String, body: [Statement])
        /// `{ ...; }`.
        case group([Statement])
        /// `left && right` or `left || right`: `right` runs as `left`'s exit status says.
        case andOr(Statement, Joiner, Statement)
        /// Something this reader does not follow (`until`, subshells): the output stops there.
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

    /// Parses a script into statements, its lines counted from `firstLine`.
    static func parse(_ script: String, firstLine: Int = 1) -> [Statement] {
        var commands = ArraySlice(commands(script, firstLine: firstLine))
        var ended: String?
        return block(&commands, until: [], ended: &ended)
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
        commands.insert(Command(words: Array(words), line: command.line, piped: command.piped), at: commands.startIndex)
    }

    /// Statements up to one of `ends` (its keyword, consumed, in `ended`; nil at the script's end).
    static func block(_ commands: inout ArraySlice<Command>, until ends: Set<String>, ended: inout String?) -> [Statement] {
        var statements: [Statement] = []
        ended = nil
        while let command = commands.popFirst() {
            var words = command.words
            guard !words.isEmpty else { continue }
            // Only an unquoted word can be a keyword; `x="a b"` is a command like any other.
            let first = keyword(words.first) ?? ""
            if ends.contains(first) {
                ended = first
                // A group's redirections (`{ ...; } > file`) are not followed.
                if first == "}", words.count > 1 { return statements + [.unknown] }
                pushBack(words.dropFirst(), of: command, &commands)
                return statements
            }
            let count = statements.count
            switch first {
            case "if":
                guard let conditional = conditional(command, &commands) else { return statements + [.unknown] }
                statements.append(conditional)
            case "while", "for":
                words.removeFirst()
                // `do` may start the next command; what follows it is the body's first command.
                guard let next = commands.popFirst(), keyword(next.words.first) == "do" else {
                    return statements + [.unknown]
                }
                pushBack(next.words.dropFirst(), of: next, &commands)
                var done: String?
                let body = block(&commands, until: ["done"], ended: &done)
                if first == "while" {
                    statements.append(.whileLoop(condition: words, line: command.line, body: body))
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
            case "{":
                pushBack(words.dropFirst(), of: command, &commands)
                var closed: String?
                let body = block(&commands, until: ["}"], ended: &closed)
                guard closed == "}" else { return statements + [.unknown] }
                statements.append(.group(body))
            case "until", "then", "elif", "else", "fi", "esac", "function", "(", ")", ";;", "}":
                return statements + [.unknown]
            default:
                if words.count >= 3, keyword(words[1]) == "(" {
                    guard let function = function(command, &commands) else { return statements + [.unknown] }
                    statements.append(function)
                } else {
                    statements.append(.simple(words, line: command.line))
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
