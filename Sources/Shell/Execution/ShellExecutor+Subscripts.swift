extension ShellExecutor {
    /// An associative array's key as written between `[` and `]`: expanded as one word is,
    /// quotes removed, not split (`${m[$k]}`, `m["a b"]=1`).
    func subscriptKey(_ text: String) throws(ExpansionError) -> String {
        var lexer = ShellLexer(text)
        if case .word(let word)? = try? lexer.next(), (try? lexer.next()) == .end {
            return try expandedText(word.parts)
        }
        var raw = ShellLexer(text)
        return try expandedText((try? raw.readQuoted(terminator: nil)) ?? [.literal(text)])
    }
}
