extension ShellLexer {
    /// True when the `(` just read is directly followed by another: `((` opens an arithmetic
    /// command or a C-style `for`.
    var isAtDoubleParenthesis: Bool { index > 0 && at(index - 1) == "(" && current == "(" }

    /// Reads the expression of `(( ... ))` after its first `(`, up to the matching `))`.
    mutating func readArithmeticCommand() throws(ShellSyntaxError) -> String {
        index += 1
        let start = index
        var depth = 0
        while let c = current {
            switch c {
            case "(": depth += 1
            case ")":
                if depth == 0 {
                    guard at(index + 1) == ")" else { throw .unexpectedToken(")") }
                    let expression = String(String.UnicodeScalarView(text[start..<index]))
                    index += 2
                    return expression
                }
                depth -= 1
            case "\n": line += 1
            default: break
            }
            index += 1
        }
        throw .unterminated(")")
    }
}
