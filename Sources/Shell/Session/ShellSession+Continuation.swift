extension ShellSession {
    /// True when bash would ask for another line (its `> ` prompt) before running `text`:
    /// a quote, `$(`, `${` or `(` is still open, the text ends with `|`, `&&`, `||` or a
    /// backslash, or a here-document has not reached its delimiter.
    public static func needsContinuation(_ text: String) -> Bool {
        var lexer = ShellLexer(text)
        var last: ShellToken = .newline
        var depth = 0
        var expectingDelimiter: ShellOperator?
        do {
            while true {
                let token = try lexer.next()
                switch token {
                case .end:
                    if lexer.endedInContinuation || !lexer.truncatedHereDocuments.isEmpty || depth > 0 { return true }
                    switch last {
                    case .op(.pipe, _), .op(.pipeBoth, _), .op(.and, _), .op(.or, _): return true
                    default: return false
                    }
                case .newline:
                    continue
                case .op(let op, _):
                    if op == .openParen { depth += 1 }
                    if op == .closeParen { depth = max(0, depth - 1) }
                    expectingDelimiter = op == .doubleLess || op == .doubleLessDash ? op : nil
                case .word(let word):
                    if let op = expectingDelimiter {
                        lexer.pendingHereDocuments.append(
                            HereDocument(
                                delimiter: word.literalText, stripsTabs: op == .doubleLessDash,
                                expands: false, line: lexer.line))
                    }
                    expectingDelimiter = nil
                }
                last = token
            }
        } catch .unterminated {
            return true
        } catch {
            return false
        }
    }
}
