extension ScriptSyntax {
    /// Finds where a `$(...)`, `$((...))` or `${...}` closes, one character at a time: quoted and
    /// escaped characters do not count, nor does the `)` that ends a `case` item's patterns
    /// (`$(case $x in a) echo A;; esac)`).
    struct Nesting {
        let open: Character
        let close: Character
        private var depth = 0
        private var quote: Character?
        private var escaped = false
        private var word = ""
        private var wordAtCommandStart = false
        private var atCommandStart = true
        /// The depth at each `case` not yet closed by its `esac`.
        private var cases: [Int] = []

        init(open: Character) {
            self.open = open
            close = open == "(" ? ")" : "}"
        }

        /// Takes the next character (the opening one first); true when it closes the outermost.
        mutating func closes(with char: Character) -> Bool {
            if escaped {
                escaped = false
                return false
            }
            if let open = quote {
                if char == "\\", open == "\"" { escaped = true }
                if char == open { quote = nil }
                return false
            }
            if char == "\\" || char == "'" || char == "\"" {
                if char == "\\" { escaped = true } else { quote = char }
                startWord()
                return false
            }
            guard " \t\n;&|()<>{}".contains(char) else {
                startWord()
                word.append(char)
                return false
            }
            endWord()
            if ";&|(\n".contains(char) { atCommandStart = true }
            if char == open {
                depth += 1
            } else if char == close {
                // A `)` at a case's own depth ends its patterns, not the substitution.
                if open == "(", cases.last == depth { return false }
                depth -= 1
                return depth == 0
            }
            return false
        }

        private mutating func startWord() {
            if word.isEmpty {
                wordAtCommandStart = atCommandStart
                atCommandStart = false
            }
        }

        private mutating func endWord() {
            defer { word = "" }
            guard wordAtCommandStart, !word.isEmpty else { return }
            switch word {
            case "case": cases.append(depth)
            case "esac": _ = cases.popLast()
            // After these a command starts again.
            case "if", "then", "else", "elif", "do", "while", "until", "!", "{": atCommandStart = true
            default: break
            }
        }
    }
}
