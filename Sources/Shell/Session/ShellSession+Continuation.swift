extension ShellSession {
    /// True when the shell (bash unless `flavour` says) would ask for another line (`PS2`,
    /// `> ` in all three) before running `text`: a quote, `$(`, `${` or `(` is still open, the
    /// text ends with `|`, `&&`, `||` or a backslash, a compound command its language has is
    /// open, or a here-document has not reached its delimiter.
    public static func needsContinuation(_ text: String, flavour: ShellFlavour = .bash) -> Bool {
        continuation(of: text, ShellDialect(flavour)).needed
    }

    /// The line an unfinished here-document in `text` ends at, when `text` waits for one: until
    /// that line comes, every other line is body, so nothing else need be asked of `text`.
    public static func awaitedHereDocumentEnd(_ text: String, flavour: ShellFlavour = .bash) -> HereDocumentEnd? {
        continuation(of: text, ShellDialect(flavour)).awaited
    }

    /// The delimiter line of a here-document (`<<-` compares it after leading tabs are dropped).
    public struct HereDocumentEnd: Sendable, Equatable {
        public var delimiter: String
        public var stripsTabs: Bool

        public init(delimiter: String, stripsTabs: Bool) {
            self.delimiter = delimiter
            self.stripsTabs = stripsTabs
        }

        public func isEnd(_ line: String) -> Bool {
            (stripsTabs ? String(line.drop { $0 == "\t" }) : line) == delimiter
        }
    }

    /// True when `text` ends inside an `if`, loop, `case` or `{` that a later line may close.
    private static func compoundIsOpen(_ text: String, _ dialect: ShellDialect) -> Bool {
        var parser = ShellParser(text, dialect: dialect)
        do {
            while try parser.nextCommand(aliases: [:]) != nil {}
            return false
        } catch {
            return error == .unexpectedEnd
        }
    }

    private static func continuation(of text: String, _ dialect: ShellDialect) -> (needed: Bool, awaited: HereDocumentEnd?) {
        if isPlainWords(text) { return (false, nil) }
        var lexer = ShellLexer(text, dialect: dialect)
        lexer.skipsHereDocumentBodies = true
        var last: ShellToken = .newline
        var depth = 0
        var expectingDelimiter: ShellOperator?
        var opensCompound = false
        // Whether a `(` came straight after a word: a function definition's, not a subshell's.
        var parenAfterWord = false
        // busybox ash: `&&` and `||` after a `[[` word are that command's words (`simplecmd`).
        var bracketsOpen = false
        do {
            while true {
                let token = try lexer.next()
                switch token {
                case .end:
                    if let open = lexer.truncatedHereDocuments.first {
                        return (true, HereDocumentEnd(delimiter: open.delimiter, stripsTabs: open.stripsTabs))
                    }
                    if lexer.endedInContinuation { return (true, nil) }
                    // An open `(` waits for more only where a list may follow it (`( cd /tmp`);
                    // after a command's name (`echo (`) the newline is already an error.
                    if depth > 0 { return (!parenAfterWord || compoundIsOpen(text + "\n", dialect), nil) }
                    switch last {
                    case .op(.and, _), .op(.or, _): return (!bracketsOpen, nil)
                    case .op(.pipe, _), .op(.pipeBoth, _): return (true, nil)
                    default: return (opensCompound && compoundIsOpen(text, dialect), nil)
                    }
                case .newline:
                    bracketsOpen = false
                    continue
                case .op(let op, _):
                    if !op.isRedirection, op != .and && op != .or { bracketsOpen = false }
                    if op == .openParen {
                        depth += 1
                        if case .word = last { parenAfterWord = true }
                    }
                    if op == .closeParen { depth = max(0, depth - 1) }
                    // `NAME()` waits for the function's body.
                    if op == .closeParen, last == .op(.openParen) { opensCompound = true }
                    expectingDelimiter = op == .doubleLess || op == .doubleLessDash ? op : nil
                case .word(let word):
                    if let plain = word.plainText, ShellParser.compoundOpeners.contains(plain),
                        plain != "[[" || dialect.doubleBrackets == .keyword
                    {
                        opensCompound = true
                    }
                    if dialect.doubleBrackets == .builtin, let plain = word.plainText, plain == "[[" || plain == "]]" {
                        bracketsOpen = plain == "[["
                    }
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
            return (true, nil)
        } catch {
            return (false, nil)
        }
    }

    /// Whether `text` is only plain words: no quote, backslash, expansion, operator, bracket or
    /// reserved word, so nothing in it can be left open. Most lines typed are; they need no lexer.
    private static func isPlainWords(_ text: String) -> Bool {
        var wordStart = true
        var word: UInt64 = 0, length = 0
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "`"), UInt8(ascii: "\\"), UInt8(ascii: "$"),
                UInt8(ascii: "|"), UInt8(ascii: "&"), UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["),
                UInt8(ascii: "!"), UInt8(ascii: "#"):
                return false
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\n"):
                if !wordStart, length <= 8, reservedWords.contains(word) { return false }
                wordStart = true
                word = 0
                length = 0
            default:
                wordStart = false
                if length < 8 { word |= UInt64(byte) << (8 * UInt64(length)) }
                length += 1
            }
        }
        return wordStart || length > 8 || !reservedWords.contains(word)
    }

    /// The shells' reserved words, each packed into an integer as `isPlainWords` reads a word.
    private static let reservedWords: Set<UInt64> = Set(
        ["case", "coproc", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if", "in", "select", "then", "time",
         "until", "while"].map { word in
            word.utf8.prefix(8).enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        })
}
