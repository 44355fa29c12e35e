/// How a container's script is cut into commands of words: quotes kept per part, redirection
/// operators and `(`, `)` and `;;` as words of their own, backquotes read as `$(...)`, and each
/// command's line and what ended it.
extension ScriptSyntax {
    /// Splits a script into commands of words.
    static func split(_ script: String) -> [[Word]] {
        commands(script).map(\.words)
    }

    /// Splits a script into commands, each with how it is joined to the one before; lines count
    /// from `firstLine`.
    static func commands(_ script: String, firstLine: Int = 1) -> [Command] {
        var commands: [Command] = []
        var joiner: Joiner?
        var words: [Word] = []
        var word: Word = []
        var text = ""
        var quoting = Part.Quoting.none
        var chars = Array(script)[...]
        var line = firstLine
        var commandLine = firstLine

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
        func closeCommand(before next: Joiner? = nil, piped: Bool = false) {
            closeWord()
            if !words.isEmpty { commands.append(Command(words: words, joiner: joiner, line: commandLine, piped: piped)) }
            words = []
            joiner = next
        }
        /// A substitution's text, its newlines counted.
        func substituted(_ inner: String) -> String {
            line += inner.reduce(0) { $1 == "\n" ? $0 + 1 : $0 }
            return inner
        }

        while let char = chars.popFirst() {
            if words.isEmpty, word.isEmpty, text.isEmpty, quoting == .none, !" \t\n;&|".contains(char) { commandLine = line }
            if char == "\n" { line += 1 }
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
                    line += 1
                } else {
                    text.append(char)
                }
            case (.double, "$"), (.none, "$"):
                text.append(char)
                text += substituted(substitution(&chars))
            case (.double, "`"), (.none, "`"):
                text += "$(" + String(backquoteMark) + substituted(backquoted(&chars, inDoubleQuotes: quoting == .double)) + ")"
            case (.double, _):
                text.append(char)
            case (.none, "'"), (.none, "\""):
                closePart()
                quoting = char == "'" ? .single : .double
            case (.none, "\\"):
                if let next = chars.popFirst() {
                    if next == "\n" { line += 1 } else { escaped(next) }
                }
            case (.none, " "), (.none, "\t"):
                closeWord()
            case (.none, "("), (.none, ")"):
                closeWord()
                words.append([Part(text: String(char), quoting: .control)])
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
            case (.none, ";") where chars.first == ";":
                // `;;` ends a `case` item: a command of its own.
                chars.removeFirst()
                closeCommand()
                commands.append(Command(words: [[Part(text: ";;", quoting: .control)]], joiner: nil, line: line))
            case (.none, ";"), (.none, "\n"), (.none, "&"), (.none, "|"):
                if char == "&" || char == "|", chars.first == char {
                    chars.removeFirst()
                    closeCommand(before: char == "&" ? .and : .or)
                } else if char == "\n", words.isEmpty, word.isEmpty, text.isEmpty {
                    // A newline after `&&` or `||` continues the list.
                    continue
                } else {
                    closeCommand(piped: char == "|")
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

    /// What starts a `$(...)` that was written in backquotes, whose lines some shells count afresh.
    static let backquoteMark: Character = "\u{E000}"

    /// The rest of a `$(...)`, `$((...))` or `${...}` after its `$`, kept whole so `;` and
    /// spaces inside stay in it (`Nesting` finds its end).
    private static func substitution(_ chars: inout ArraySlice<Character>) -> String {
        guard let open = chars.first, open == "(" || open == "{" else { return "" }
        var nesting = Nesting(open: open)
        var out = ""
        while let char = chars.popFirst() {
            out.append(char)
            if nesting.closes(with: char) { break }
        }
        return out
    }

    /// The script between backquotes, after the opening one, consumed with its closing one: a
    /// backslash before `$`, a backquote or a backslash (and, inside double quotes, `"`) is
    /// dropped; any other stays.
    private static func backquoted(_ chars: inout ArraySlice<Character>, inDoubleQuotes: Bool) -> String {
        var out = ""
        while let char = chars.popFirst(), char != "`" {
            if char == "\\", let next = chars.first, "$`\\".contains(next) || (inDoubleQuotes && next == "\"") {
                out.append(chars.removeFirst())
            } else {
                out.append(char)
            }
        }
        return out
    }
}
