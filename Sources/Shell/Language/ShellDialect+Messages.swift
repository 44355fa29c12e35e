/// How dash and busybox ash word what they refuse; bash's words stay with each error.
///
/// dash 0.5.12 writes every error through `exvwarning2` (`src/error.c`): `$0: LINE: MESSAGE`,
/// the line being the parser's count (`errlinno`), which goes on across the lines typed at an
/// interactive prompt. busybox ash's `ash_vmsg` (`shell/ash.c`) writes `$0: `, then, when a
/// command name is set (a script, `sh -c` given a `$0`, a builtin), that name if it is not `$0`
/// and `line N: ` unless interactive.
extension ShellDialect {
    /// The start of a message the shell itself prints about line `line`, or, with `builtin`,
    /// one a builtin raised (ash then names the line whenever it is not interactive).
    func messagePrefix(shell name: String, line: Int, numbersLines: Bool, builtin: String? = nil, interactive: Bool) -> String {
        switch flavour {
        case .bash: return "bash: " + (builtin.map { "\($0): " } ?? "")
        case .dash: return "\(name): \(line): " + (builtin.map { "\($0): " } ?? "")
        case .ash:
            let named = (numbersLines || builtin != nil) && !interactive
            return "\(name): " + (builtin.map { "\($0): " } ?? "") + (named ? "line \(line): " : "")
        }
    }

    /// `cd` to a directory it cannot enter: dash `can't cd to DIR` (`src/cd.c:150`), ash with the
    /// reason (`ash_msg_and_raise_perror`, `shell/ash.c:2981`); nil for bash.
    func cdFailure(_ target: String, reason: String) -> String? {
        switch flavour {
        case .bash: nil
        case .dash: "can't cd to \(target)"
        case .ash: "can't cd to \(target): \(reason)"
        }
    }

    /// What the shell says about a syntax error; nil for bash, whose words the error keeps.
    /// `expecting` is the closing word a compound command still waited for at the end of input.
    func syntaxMessage(_ error: ShellSyntaxError, expecting: String?) -> String? {
        // `$(` left open: the parser read to the end of input wanting its `)`.
        if error == .unterminated(")") { return syntaxMessage(.unexpectedEnd, expecting: ")") }
        switch flavour {
        case .bash: return nil
        case .dash:
            // src/parser.c: synexpect's `%s unexpected (expecting %s)`, synerror's own texts.
            switch error {
            case .unexpectedToken(let token): return "Syntax error: \(tokenName(token)) unexpected"
            case .unexpectedEnd: return "Syntax error: end of file unexpected" + (expecting.map { " (expecting \"\($0)\")" } ?? "")
            case .unterminated(let wanted): return "Syntax error: " + unterminatedText(wanted, capitalized: true)
            case .invalidIdentifier: return "Syntax error: Bad for loop variable"
            case .unsupported(let what): return "\(what): not supported by the taroko shell"
            }
        case .ash:
            // shell/ash.c: raise_error_unexpected_syntax's `unexpected %s (expecting %s)`.
            switch error {
            case .unexpectedToken(let token): return "syntax error: unexpected \(tokenName(token))"
            case .unexpectedEnd: return "syntax error: unexpected end of file" + (expecting.map { " (expecting \"\($0)\")" } ?? "")
            case .unterminated(let wanted): return "syntax error: " + unterminatedText(wanted, capitalized: false)
            case .invalidIdentifier: return "syntax error: bad for loop variable"
            case .unsupported(let what): return "\(what): not supported by the taroko shell"
            }
        }
    }

    /// `${...}` the shell cannot expand: dash `Bad substitution` (`expand.c`), ash
    /// `syntax error: bad substitution` (its `varvalue`); nil for bash.
    var badSubstitutionMessage: String? {
        switch flavour {
        case .bash: nil
        case .dash: "Bad substitution"
        case .ash: "syntax error: bad substitution"
        }
    }

    /// `set -u`'s words for an unset parameter: `NAME: parameter not set` (dash and ash
    /// `varunset`); nil for bash.
    func unsetMessage(_ name: String) -> String? { flavour == .bash ? nil : "\(name): parameter not set" }

    /// `${NAME?}` and `${NAME:?}` (`null`) without a word of their own: dash and ash `NAME:
    /// parameter not set` and `parameter not set or null`; nil for bash.
    func requiredMessage(_ subject: String, null: Bool) -> String? {
        flavour == .bash ? nil : "\(subject): parameter not set" + (null ? " or null" : "")
    }

    /// An assignment to a read-only variable: `NAME: is read only` (dash `src/var.c:261`, ash
    /// `shell/ash.c:2433`); nil for bash.
    func readonlyMessage(_ name: String) -> String? { flavour == .bash ? nil : "\(name): is read only" }

    /// A file a redirection could not open or create: dash `cannot open PATH: No such file`
    /// (`src/redir.c` `sh_open_fail`, `src/error.c` `errmsg`), ash `can't open PATH: no such
    /// file` (`shell/ash.c` `openredirect`, `errmsg`); other reasons as `strerror` words them.
    /// Nil for bash, and for what is not a file's failure.
    func redirectionMessage(_ error: RedirectionError) -> String? {
        guard flavour != .bash, case .file(let path, let reason, let creating) = error else { return nil }
        let missing = reason == .noSuchFile || reason == .notADirectory
        switch flavour {
        case .dash:
            let text = missing ? (creating ? "Directory nonexistent" : "No such file") : reason.message
            return "cannot \(creating ? "create" : "open") \(path): \(text)"
        default:
            let text = missing ? (creating ? "nonexistent directory" : "no such file") : reason.message
            return "can't \(creating ? "create" : "open") \(path): \(text)"
        }
    }

    /// The status a command whose redirection failed has: dash raises an error (2).
    var redirectionFailureStatus: Int32 { flavour == .dash ? 2 : 1 }

    /// A program not found: `NAME: not found` (dash `shellexec`, ash `shellexec`); nil for bash,
    /// whose words name a script's line.
    func notFoundMessage(_ command: String) -> String? { flavour == .bash ? nil : "\(command): not found" }

    /// A token as the parsers' `tokname` tables name it: the end-of-list and word tokens bare,
    /// operators and reserved words in double quotes.
    private func tokenName(_ bashText: String) -> String {
        switch bashText {
        case "newline": return "newline"
        case ";", "&", "&&", "||", "|", "(", ")", ";;", "`": return "\"\(bashText)\""
        default:
            if Self.reservedWords.contains(bashText) || (flavour == .ash && bashText == "function") {
                return "\"\(bashText)\""
            }
            let op = bashText.drop { $0.isNumber }
            if let op = ShellOperator(rawValue: String(op)), op.isRedirection { return "redirection" }
            return "word"
        }
    }

    /// What the lexer says of input that ended inside a quote or substitution.
    private func unterminatedText(_ wanted: String, capitalized: Bool) -> String {
        switch wanted {
        case "}": capitalized ? "Missing '}'" : "missing '}'"
        case "`": "EOF in backquote substitution"
        default: capitalized ? "Unterminated quoted string" : "unterminated quoted string"
        }
    }

    /// The reserved words both shells know (`src/mktokens`; ash's `tokname_array`).
    private static let reservedWords: Set<String> = [
        "!", "case", "do", "done", "elif", "else", "esac", "fi", "for", "if", "in", "then", "until", "while", "{", "}",
    ]
}
