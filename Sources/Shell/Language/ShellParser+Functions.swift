extension ShellParser {
    /// `NAME ( ) BODY`, `function NAME [( )] BODY`, or nil when the next tokens start something
    /// else. The body must be a compound command, as in bash.
    mutating func parseFunctionDefinition() throws(ShellSyntaxError) -> Command? {
        guard case .word(let word) = try peek().token, let first = word.plainText else { return nil }
        let keyword = first == "function" && dialect.functionKeyword
        let name: String
        if keyword {
            try advance()
            let next = try advance().token
            guard case .word(let nameWord) = next, let text = nameWord.plainText else {
                throw next == .end ? .unexpectedEnd : .unexpectedToken(next.displayText)
            }
            name = text
            if try peek().token == .op(.openParen) { try expectEmptyParentheses() }
        } else {
            guard try peekSecond() == .op(.openParen), !Self.compoundOpeners.contains(first),
                word.assignment == nil
            else { return nil }
            name = first
            try advance()
            try expectEmptyParentheses()
        }
        try skipNewlines()
        try enterNesting()
        defer { leaveNesting() }
        let next = try peek().token
        let body = try parseCommand()
        guard case .simple = body else { return .function(name, body) }
        throw .unexpectedToken(next.displayText)
    }

    private mutating func expectEmptyParentheses() throws(ShellSyntaxError) {
        try advance()
        let close = try advance().token
        // A line typed at the prompt ends in a newline, which is what bash finds there.
        guard close == .op(.closeParen) else { throw .unexpectedToken(close == .end ? "newline" : close.displayText) }
    }

    /// The token after the next one, read ahead without consuming either.
    private mutating func peekSecond() throws(ShellSyntaxError) -> ShellToken {
        _ = try peek()
        if lookahead.count < 2 {
            if lookahead[0].token == .end || lookahead[0].token == .newline { return .end }
            let token = try lexer.next()
            lookahead.append(Lookahead(token: token, line: lexer.line))
        }
        return lookahead[1].token
    }
}
