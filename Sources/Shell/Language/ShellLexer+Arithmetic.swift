extension ShellLexer {
    /// True when the `(` just read is directly followed by another: `((` opens an arithmetic
    /// command or a C-style `for`.
    var isAtDoubleParenthesis: Bool { index > 0 && at(index - 1) == "(" && current == "(" }

    /// Reads the expression of `(( ... ))` after its first `(`, up to the matching `))`.
    ///
    /// Returns nil, reading nothing, when the second `(` closes without another `)` right after
    /// it: `((echo a); (echo b))` is two subshells in a subshell, as bash decides.
    mutating func readArithmeticCommand() throws(ShellSyntaxError) -> String? {
        let start = index + 1
        var position = start
        var depth = 0
        var lines = 0
        while let c = at(position) {
            switch c {
            case "(": depth += 1
            case ")":
                if depth == 0 {
                    guard at(position + 1) == ")" else { return nil }
                    index = position + 2
                    line += lines
                    return String(String.UnicodeScalarView(text[start..<position]))
                }
                depth -= 1
            case "\n": lines += 1
            default: break
            }
            position += 1
        }
        throw .unterminated(")")
    }
}
