/// The little of the shell language a container's `sh -c` script is read with for its output:
/// simple commands separated by `;`, `&` or newlines, and-or lists (`a && b || c`, left to right),
/// `while COND; do ...; done`,
/// `for NAME in WORDS; do ...; done` and `if COND; then ...; [elif ...;] [else ...;] fi`, with quotes kept so expansion knows where it may act, and
/// redirection operators (`>`, `>>`, `2>`, `2>&1`, `<`) as words of their own.
enum ScriptSyntax {
    /// A piece of a word and how it was quoted.
    struct Part: Equatable {
        /// `redirect` marks a redirection operator, whose target is the next word.
        enum Quoting { case none, single, double, redirect }
        var text: String
        var quoting: Quoting
    }

    typealias Word = [Part]

    indirect enum Statement: Equatable {
        case simple([Word])
        case whileLoop(condition: [Word], body: [Statement])
        case forLoop(name: String, items: [Word], body: [Statement])
        /// `if COND; then ...; elif COND; then ...; else ...; fi`.
        case conditional(branches: [Branch], otherwise: [Statement]?)
        /// `left && right` or `left || right`: `right` runs as `left`'s exit status says.
        case andOr(Statement, Joiner, Statement)
        /// Something this reader does not follow (`case`, functions): the output stops there.
        case unknown
    }

    /// How a command is tied to the one before it in an and-or list.
    enum Joiner: Equatable {
        /// `&&`: runs when the one before succeeded.
        case and
        /// `||`: runs when the one before failed.
        case or
    }

    /// A command's words and, when it continues an and-or list, how it is joined to the one before.
    struct Command: Equatable {
        var words: [Word]
        var joiner: Joiner?
    }

    /// One `if` or `elif` of a conditional: its condition command and what runs when it holds.
    struct Branch: Equatable {
        var condition: [Word]
        var body: [Statement]
    }

    /// Parses a script into statements.
    static func parse(_ script: String) -> [Statement] {
        var commands = ArraySlice(commands(script))
        var ended: String?
        return block(&commands, until: [], ended: &ended)
    }

    /// The text of a word that has no quotes, for keywords.
    static func plain(_ word: Word) -> String? {
        word.allSatisfy { $0.quoting == .none } ? word.map(\.text).joined() : nil
    }

    /// Statements up to one of `ends` (its keyword, consumed, in `ended`; nil at the script's end).
    private static func block(_ commands: inout ArraySlice<Command>, until ends: Set<String>, ended: inout String?) -> [Statement] {
        var statements: [Statement] = []
        ended = nil
        while let command = commands.popFirst() {
            var words = command.words
            guard !words.isEmpty else { continue }
            // Only an unquoted word can be a keyword; `x="a b"` is a command like any other.
            let first = words.first.flatMap(plain) ?? ""
            if ends.contains(first) {
                words.removeFirst()
                if !words.isEmpty { commands.insert(Command(words: words), at: commands.startIndex) }
                ended = first
                return statements
            }
            let count = statements.count
            switch first {
            case "if":
                words.removeFirst()
                guard let conditional = conditional(condition: words, &commands) else { return statements + [.unknown] }
                statements.append(conditional)
            case "while", "for":
                words.removeFirst()
                // `do` may start the next command; what follows it is the body's first command.
                guard let next = commands.popFirst()?.words, next.first.flatMap(plain) == "do" else {
                    return statements + [.unknown]
                }
                let rest = Array(next.dropFirst())
                if !rest.isEmpty { commands.insert(Command(words: rest), at: commands.startIndex) }
                var done: String?
                let body = block(&commands, until: ["done"], ended: &done)
                if first == "while" {
                    statements.append(.whileLoop(condition: words, body: body))
                } else {
                    guard let name = words.first.flatMap(plain), words.count >= 2, words[1].first?.text == "in" else {
                        return statements + [.unknown]
                    }
                    statements.append(.forLoop(name: name, items: Array(words.dropFirst(2)), body: body))
                }
            case "case", "until", "then", "elif", "else", "fi", "esac", "function", "{", "(":
                return statements + [.unknown]
            default:
                statements.append(.simple(words))
            }
            // A statement that continues an and-or list joins the one before it.
            if let joiner = command.joiner, count > 0, statements.count == count + 1 {
                let right = statements.removeLast()
                statements.append(.andOr(statements.removeLast(), joiner, right))
            }
        }
        return statements
    }

    /// The rest of an `if` whose condition is `condition`, up to its `fi`; nil when it is not
    /// written as this reader follows it.
    private static func conditional(condition: [Word], _ commands: inout ArraySlice<Command>) -> Statement? {
        var branches: [Branch] = []
        var condition = condition
        while true {
            // `then` may start the next command; what follows it is the body's first command.
            guard !condition.isEmpty, let next = commands.popFirst(), next.joiner == nil,
                next.words.first.flatMap(plain) == "then"
            else { return nil }
            let rest = Array(next.words.dropFirst())
            if !rest.isEmpty { commands.insert(Command(words: rest), at: commands.startIndex) }
            var ended: String?
            let body = block(&commands, until: ["elif", "else", "fi"], ended: &ended)
            branches.append(Branch(condition: condition, body: body))
            switch ended {
            case "elif":
                condition = commands.popFirst()?.words ?? []
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

    /// Splits a script into commands of words.
    static func split(_ script: String) -> [[Word]] {
        commands(script).map(\.words)
    }

    /// Splits a script into commands, each with how it is joined to the one before.
    static func commands(_ script: String) -> [Command] {
        var commands: [Command] = []
        var joiner: Joiner?
        var words: [Word] = []
        var word: Word = []
        var text = ""
        var quoting = Part.Quoting.none
        var chars = Array(script)[...]

        func closePart() {
            if !text.isEmpty || quoting != .none { word.append(Part(text: text, quoting: quoting)) }
            text = ""
        }
        /// A character a backslash quotes: a part of its own, taken as written.
        func escaped(_ char: Character) {
            let outer = quoting
            closePart()
            word.append(Part(text: String(char), quoting: .single))
            quoting = outer
        }
        func closeWord() {
            closePart()
            if !word.isEmpty { words.append(word) }
            word = []
        }
        func closeCommand(before next: Joiner? = nil) {
            closeWord()
            if !words.isEmpty { commands.append(Command(words: words, joiner: joiner)) }
            words = []
            joiner = next
        }

        while let char = chars.popFirst() {
            switch (quoting, char) {
            case (.single, "'"), (.double, "\""):
                closePart()
                quoting = .none
            case (.single, _):
                text.append(char)
            case (.double, "\\"):
                // An escaped `$`, backquote, quote or backslash is itself, never expanded.
                if let next = chars.first, "$`\"\\".contains(next) {
                    escaped(chars.removeFirst())
                } else if chars.first == "\n" {
                    chars.removeFirst()
                } else {
                    text.append(char)
                }
            case (.double, "$"):
                text.append(char)
                text += substitution(&chars)
            case (.double, _):
                text.append(char)
            case (.none, "'"), (.none, "\""):
                closePart()
                quoting = char == "'" ? .single : .double
            case (.none, "\\"):
                if let next = chars.popFirst(), next != "\n" { escaped(next) }
            case (.none, "$"):
                text.append(char)
                text += substitution(&chars)
            case (.none, " "), (.none, "\t"):
                closeWord()
            case (.none, ">"), (.none, "<"):
                // A lone descriptor number just before the operator belongs to it (`2>`).
                var op = ""
                if word.isEmpty, text.count == 1, text.first?.isNumber == true {
                    op = text
                    text = ""
                }
                closeWord()
                op.append(char)
                if char == ">", let next = chars.first {
                    if next == ">" {
                        op.append(chars.removeFirst())
                    } else if next == "&" {
                        op.append(chars.removeFirst())
                        while let digit = chars.first, digit.isNumber || digit == "-" { op.append(chars.removeFirst()) }
                    } else if next == "|" {
                        chars.removeFirst()
                    }
                }
                words.append([Part(text: op, quoting: .redirect)])
            case (.none, ";"), (.none, "\n"), (.none, "&"), (.none, "|"):
                if char == "&" || char == "|", chars.first == char {
                    chars.removeFirst()
                    closeCommand(before: char == "&" ? .and : .or)
                } else if char == "\n", words.isEmpty, word.isEmpty, text.isEmpty {
                    // A newline after `&&` or `||` continues the list.
                    continue
                } else {
                    closeCommand()
                }
            case (.none, "#") where word.isEmpty && text.isEmpty:
                while let next = chars.first, next != "\n" { chars.removeFirst() }
            default:
                text.append(char)
            }
        }
        closeCommand()
        return commands
    }

    /// The rest of a `$(...)`, `$((...))` or `${...}` after its `$`, kept whole so `;` and
    /// spaces inside stay in it.
    private static func substitution(_ chars: inout ArraySlice<Character>) -> String {
        guard let open = chars.first, open == "(" || open == "{" else { return "" }
        let close: Character = open == "(" ? ")" : "}"
        var depth = 0
        var out = ""
        while let char = chars.popFirst() {
            out.append(char)
            if char == open { depth += 1 }
            if char == close { depth -= 1 }
            if depth == 0 { break }
        }
        return out
    }
}
