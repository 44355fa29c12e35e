/// The little of the shell language a container's `sh -c` script is read with for its output:
/// simple commands separated by `;`, `&&`, `||`, `&` or newlines, `while COND; do ...; done`,
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
        /// Something this reader does not follow (`case`, functions): the output stops there.
        case unknown
    }

    /// One `if` or `elif` of a conditional: its condition command and what runs when it holds.
    struct Branch: Equatable {
        var condition: [Word]
        var body: [Statement]
    }

    /// Parses a script into statements.
    static func parse(_ script: String) -> [Statement] {
        var commands = ArraySlice(split(script))
        var ended: String?
        return block(&commands, until: [], ended: &ended)
    }

    /// The text of a word that has no quotes, for keywords.
    static func plain(_ word: Word) -> String? {
        word.allSatisfy { $0.quoting == .none } ? word.map(\.text).joined() : nil
    }

    /// Statements up to one of `ends` (its keyword, consumed, in `ended`; nil at the script's end).
    private static func block(_ commands: inout ArraySlice<[Word]>, until ends: Set<String>, ended: inout String?) -> [Statement] {
        var statements: [Statement] = []
        ended = nil
        while var words = commands.popFirst() {
            guard let first = words.first.flatMap(plain) else { continue }
            if ends.contains(first) {
                words.removeFirst()
                if !words.isEmpty { commands.insert(words, at: commands.startIndex) }
                ended = first
                return statements
            }
            switch first {
            case "if":
                words.removeFirst()
                guard let conditional = conditional(condition: words, &commands) else { return statements + [.unknown] }
                statements.append(conditional)
            case "while", "for":
                words.removeFirst()
                // `do` may start the next command; what follows it is the body's first command.
                guard let next = commands.popFirst(), next.first.flatMap(plain) == "do" else { return statements + [.unknown] }
                let rest = Array(next.dropFirst())
                if !rest.isEmpty { commands.insert(rest, at: commands.startIndex) }
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
        }
        return statements
    }

    /// The rest of an `if` whose condition is `condition`, up to its `fi`; nil when it is not
    /// written as this reader follows it.
    private static func conditional(condition: [Word], _ commands: inout ArraySlice<[Word]>) -> Statement? {
        var branches: [Branch] = []
        var condition = condition
        while true {
            // `then` may start the next command; what follows it is the body's first command.
            guard !condition.isEmpty, let next = commands.popFirst(), next.first.flatMap(plain) == "then" else { return nil }
            let rest = Array(next.dropFirst())
            if !rest.isEmpty { commands.insert(rest, at: commands.startIndex) }
            var ended: String?
            let body = block(&commands, until: ["elif", "else", "fi"], ended: &ended)
            branches.append(Branch(condition: condition, body: body))
            switch ended {
            case "elif":
                condition = commands.popFirst() ?? []
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
        var commands: [[Word]] = []
        var words: [Word] = []
        var word: Word = []
        var text = ""
        var quoting = Part.Quoting.none
        var chars = Array(script)[...]

        func closePart() {
            if !text.isEmpty || quoting != .none { word.append(Part(text: text, quoting: quoting)) }
            text = ""
        }
        func closeWord() {
            closePart()
            if !word.isEmpty { words.append(word) }
            word = []
        }
        func closeCommand() {
            closeWord()
            if !words.isEmpty { commands.append(words) }
            words = []
        }

        while let char = chars.popFirst() {
            switch (quoting, char) {
            case (.single, "'"), (.double, "\""):
                closePart()
                quoting = .none
            case (.single, _):
                text.append(char)
            case (.double, "\\"):
                if let next = chars.first, "$`\"\\".contains(next) { text.append(chars.removeFirst()) } else { text.append(char) }
            case (.double, "$"):
                text.append(char)
                text += substitution(&chars)
            case (.double, _):
                text.append(char)
            case (.none, "'"), (.none, "\""):
                closePart()
                quoting = char == "'" ? .single : .double
            case (.none, "\\"):
                if let next = chars.popFirst(), next != "\n" { text.append(next) }
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
                if char == "&" || char == "|", chars.first == char { chars.removeFirst() }
                closeCommand()
            case (.none, "#") where word.isEmpty && text.isEmpty:
                while let next = chars.first, next != "\n" { chars.removeFirst() }
            default:
                text.append(char)
            }
        }
        closeCommand()
        return commands
    }

    /// The rest of a `$(...)` or `$((...))` after its `$`, kept whole so `;` and spaces inside stay in it.
    private static func substitution(_ chars: inout ArraySlice<Character>) -> String {
        guard chars.first == "(" else { return "" }
        var depth = 0
        var out = ""
        while let char = chars.popFirst() {
            out.append(char)
            if char == "(" { depth += 1 }
            if char == ")" { depth -= 1 }
            if depth == 0 { break }
        }
        return out
    }
}
