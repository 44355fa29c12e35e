extension ShellParser {
    /// Parses the compound command that `opener` (its first word, still unread) starts.
    mutating func parseCompound(_ opener: String) throws(ShellSyntaxError) -> Command {
        try advance()
        try enterNesting()
        defer { leaveNesting() }
        let compound: CompoundCommand
        switch opener {
        case "if": compound = try parseIf()
        case "while", "until":
            let condition = try parseCompoundList(until: ["do"])
            try expectWord("do")
            let body = try parseCompoundList(until: ["done"])
            try expectWord("done")
            compound = .loop(until: opener == "until", condition: condition, body: body)
        case "for": compound = try parseFor()
        case "case": compound = try parseCase()
        case "{":
            let body = try parseCompoundList(until: ["}"])
            try expectWord("}")
            compound = .group(body)
        default: compound = .conditional(try parseConditionalWords())
        }
        return .compound(compound, try parseTrailingRedirections())
    }

    private mutating func parseIf() throws(ShellSyntaxError) -> CompoundCommand {
        var branches: [(condition: CommandList, body: CommandList)] = []
        while true {
            let condition = try parseCompoundList(until: ["then"])
            try expectWord("then")
            let body = try parseCompoundList(until: ["elif", "else", "fi"])
            branches.append((condition, body))
            let closing = try takeWord()
            if closing == "elif" { continue }
            if closing == "fi" { return .ifClause(branches: branches, otherwise: nil) }
            let otherwise = try parseCompoundList(until: ["fi"])
            try expectWord("fi")
            return .ifClause(branches: branches, otherwise: otherwise)
        }
    }

    private mutating func parseFor() throws(ShellSyntaxError) -> CompoundCommand {
        let next = try advance().token
        if dialect.arithmeticCommand, next == .op(.openParen) && lookahead.isEmpty && lexer.isAtDoubleParenthesis {
            return try parseArithmeticFor()
        }
        // dash and ash want a name straight away (`Bad for loop variable`).
        guard case .word(let nameWord) = next else {
            throw dialect.arithmeticCommand ? unexpected(next) : .invalidIdentifier(next.displayText)
        }
        guard let name = nameWord.plainText, ShellLexer.isParameterName(name),
            let first = name.unicodeScalars.first, !("0"..."9").contains(first)
        else { throw .invalidIdentifier(nameWord.source) }
        var words: [ShellWord]?
        if try peek().token == .op(.semicolon) {
            try advance()
        } else {
            try skipNewlines()
        }
        if case .word(let word) = try peek().token, word.plainText == "in" {
            try advance()
            var list: [ShellWord] = []
            while case .word(let word) = try peek().token {
                try advance()
                list.append(word)
            }
            words = list
            let separator = try advance().token
            guard separator == .newline || separator == .op(.semicolon) else { throw unexpected(separator) }
        }
        try skipNewlines()
        try expectWord("do")
        let body = try parseCompoundList(until: ["done"])
        try expectWord("done")
        return .forLoop(name: name, words: words, body: body)
    }

    /// `for (( A; B; C ))` then `do LIST; done` or `{ LIST; }`, after the first `(`.
    private mutating func parseArithmeticFor() throws(ShellSyntaxError) -> CompoundCommand {
        guard let expression = try lexer.readArithmeticCommand() else { throw .unexpectedToken("(") }
        let expressions = expression.split(separator: ";", omittingEmptySubsequences: false)
        guard expressions.count == 3 else { throw .unexpectedToken("((") }
        if try peek().token == .op(.semicolon) { try advance() }
        try skipNewlines()
        let closing: String
        if case .word(let word) = try peek().token, word.plainText == "{" {
            closing = "}"
        } else {
            closing = "done"
            try expectWord("do")
        }
        if closing == "}" { try advance() }
        let body = try parseCompoundList(until: [closing])
        try expectWord(closing)
        return .arithmeticFor(
            initial: String(expressions[0]), condition: String(expressions[1]), step: String(expressions[2]), body: body)
    }

    private mutating func parseCase() throws(ShellSyntaxError) -> CompoundCommand {
        let next = try advance().token
        guard case .word(let subject) = next else { throw unexpected(next) }
        try skipNewlines()
        try expectWord("in")
        var items: [CaseItem] = []
        while true {
            try skipNewlines()
            if case .word(let closing) = try peek().token, closing.plainText == "esac" {
                try advance()
                return .caseClause(word: subject, items: items)
            }
            if try peek().token == .op(.openParen) { try advance() }
            var patterns: [ShellWord] = []
            while true {
                let token = try advance().token
                guard case .word(let pattern) = token else { throw unexpected(token) }
                patterns.append(pattern)
                let separator = try advance().token
                if separator == .op(.closeParen) { break }
                guard separator == .op(.pipe) else { throw unexpected(separator) }
            }
            var item = CaseItem(patterns: patterns, body: try parseCompoundList(until: ["esac"], allowsEmpty: true))
            if case .op(let op, _) = try peek().token,
                op == .doubleSemicolon || op == .semicolonAnd || op == .doubleSemicolonAnd
            {
                try advance()
                item.terminator = op
                items.append(item)
            } else {
                items.append(item)
                try skipNewlines()
                try expectWord("esac")
                return .caseClause(word: subject, items: items)
            }
        }
    }

    /// The words of `[[ ... ]]` up to `]]`; operators inside (`&&`, `(`, `<`) become words.
    private mutating func parseConditionalWords() throws(ShellSyntaxError) -> [ShellWord] {
        var words: [ShellWord] = []
        while true {
            let token = try advance().token
            switch token {
            case .word(let word):
                if word.plainText == "]]" {
                    guard !words.isEmpty else { throw .unexpectedToken("]]") }
                    return words
                }
                words.append(word)
                if word.plainText == "=~" && lookahead.isEmpty {
                    lexer.readsRegex = true
                    defer { lexer.readsRegex = false }
                    _ = try peek()
                }
            case .op(let op, let fd):
                let text = (fd.map(String.init) ?? "") + op.rawValue
                words.append(ShellWord(parts: [.quoted(text)], source: text))
            case .newline where words.isEmpty || words.last?.source == "&&" || words.last?.source == "||":
                // bash reads on to the next term after `[[`, `&&` and `||`.
                continue
            case .newline, .end:
                throw token == .end ? .unexpectedEnd : .unexpectedToken("newline")
            }
        }
    }

    /// A list inside a compound command, up to (not including) one of `terminators` at command
    /// position; bash refuses an empty one (except a `case` item's).
    mutating func parseCompoundList(
        until terminators: Set<String>, allowsEmpty: Bool = false
    ) throws(ShellSyntaxError) -> CommandList {
        var list = CommandList()
        while true {
            try skipNewlines()
            let next = try peek().token
            if case .word(let word) = next, let text = word.plainText, terminators.contains(text) {
                if list.items.isEmpty && !allowsEmpty { throw .unexpectedToken(text) }
                return list
            }
            if case .op(let op, _) = next, op == .doubleSemicolon || op == .semicolonAnd || op == .doubleSemicolonAnd,
                allowsEmpty
            {
                return list
            }
            if next == .end {
                expectedAtEnd = terminators.contains("fi") ? "fi" : terminators.count == 1 ? terminators.first : nil
                throw .unexpectedEnd
            }
            list.items.append(try parseAndOr())
            switch try peek().token {
            case .op(.semicolon, _), .op(.background, _), .newline:
                if try advance().token == .op(.background) { list.items[list.items.count - 1].background = true }
            default: break
            }
        }
    }

    private mutating func expectWord(_ expected: String) throws(ShellSyntaxError) {
        let token = try advance().token
        guard case .word(let word) = token, word.plainText == expected else { throw unexpected(token) }
    }

    private mutating func takeWord() throws(ShellSyntaxError) -> String {
        let token = try advance().token
        guard case .word(let word) = token, let text = word.plainText else { throw unexpected(token) }
        return text
    }

    private func unexpected(_ token: ShellToken) -> ShellSyntaxError {
        token == .end ? .unexpectedEnd : .unexpectedToken(token.displayText)
    }
}
