extension ShellParser {
    /// Replaces an alias at the front of the input with its value, repeatedly.
    mutating func expandAliases() throws(ShellSyntaxError) {
        for _ in 0..<Self.maximumAliasExpansions {
            let next = try peek()
            guard case .word(let word) = next.token, let name = word.plainText, let value = aliases[name],
                !next.fromAliases.contains(name)
            else { return }
            try advance()
            var sublexer = ShellLexer(value)
            var tokens: [Lookahead] = []
            while case let token = try sublexer.next(), token != .end {
                tokens.append(Lookahead(token: token, fromAliases: next.fromAliases.union([name]), line: next.line))
            }
            if let last = value.unicodeScalars.last, last == " " || last == "\t", !tokens.isEmpty {
                tokens[tokens.count - 1].endsBlankAlias = true
            }
            lookahead.insert(contentsOf: tokens, at: 0)
        }
    }
}
