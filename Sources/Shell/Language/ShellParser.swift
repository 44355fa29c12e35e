/// Parses shell input into commands, one complete command at a time, expanding aliases at
/// command position as bash's reader does.
struct ShellParser {
    /// A token waiting to be parsed, with the aliases it came from (an alias is not expanded
    /// inside its own expansion, which is how bash stops `alias ls='ls -F'` from looping).
    struct Lookahead {
        var token: ShellToken
        var fromAliases: Set<String> = []
        /// The last token of an alias whose value ends in a blank: the next word is checked too.
        var endsBlankAlias = false
        /// The source line the token ended on, for the messages of the command it starts.
        var line = 0
    }

    var lexer: ShellLexer
    var lookahead: [Lookahead] = []
    var aliases: [String: String] = [:]
    private var nesting = 0
    /// The word a compound command still waited for when input ended (dash and ash name it).
    var expectedAtEnd: String?
    private var reportedTruncations = 0

    static let maximumNesting = 100
    static let maximumAliasExpansions = 1000

    init(_ source: String, dialect: ShellDialect = .bash) {
        lexer = ShellLexer(source, dialect: dialect)
    }

    /// The shell whose language is parsed.
    var dialect: ShellDialect { lexer.dialect }

    /// Here-documents that ran into the end of input since the last call.
    mutating func takeTruncatedHereDocuments() -> [HereDocument] {
        let all = lexer.truncatedHereDocuments
        defer { reportedTruncations = all.count }
        return Array(all.dropFirst(reportedTruncations))
    }

    /// Reads the next complete command (up to an unquoted newline); nil at the end of input.
    mutating func nextCommand(aliases: [String: String]) throws(ShellSyntaxError) -> CommandList? {
        self.aliases = aliases
        while try peek().token == .newline { try advance() }
        if try peek().token == .end { return nil }
        let list = try parseList(nested: false)
        switch try peek().token {
        case .newline: try advance()
        case .end: break
        case let token: throw .unexpectedToken(token.displayText)
        }
        return list
    }

    mutating func peek() throws(ShellSyntaxError) -> Lookahead {
        if lookahead.isEmpty {
            let token = try lexer.next()
            lookahead.append(Lookahead(token: token, line: lexer.line))
        }
        return lookahead[0]
    }

    @discardableResult
    mutating func advance() throws(ShellSyntaxError) -> Lookahead {
        let token = try peek()
        lookahead.removeFirst()
        return token
    }

    mutating func skipNewlines() throws(ShellSyntaxError) {
        while try peek().token == .newline { try advance() }
    }

    mutating func parseList(nested: Bool) throws(ShellSyntaxError) -> CommandList {
        var list = CommandList()
        while true {
            if nested {
                try skipNewlines()
                if try peek().token == .op(.closeParen) { break }
            }
            list.items.append(try parseAndOr())
            switch try peek().token {
            case .op(.semicolon, _), .op(.background, _):
                if try advance().token == .op(.background) { list.items[list.items.count - 1].background = true }
                let next = try peek().token
                if next == .newline || next == .end || next == .op(.closeParen) {
                    if !nested { return list }
                }
            case .newline where nested:
                continue
            default:
                return list
            }
        }
        return list
    }

    mutating func parseAndOr() throws(ShellSyntaxError) -> AndOrList {
        var list = AndOrList(first: try parsePipeline())
        while case .op(let op, _) = try peek().token, op == .and || op == .or {
            try advance()
            try skipNewlines()
            if try peek().token == .end { throw .unexpectedEnd }
            list.rest.append((op, try parsePipeline()))
        }
        return list
    }

    private mutating func parsePipeline() throws(ShellSyntaxError) -> Pipeline {
        var negated = false
        var timing: PipelineTiming?
        // `!` and the `time` keyword (with `-p`), in either order, before the first command.
        while case .word(let word) = try peek().token, let plain = word.plainText {
            if plain == "!", !negated {
                try advance()
                negated = true
            } else if plain == "time", timing == nil, dialect.timeKeyword {
                try advance()
                timing = .bash
                if case .word(let option) = try peek().token, option.plainText == "-p" {
                    try advance()
                    timing = .posix
                }
            } else {
                break
            }
        }
        if timing != nil {
            switch try peek().token {
            case .end, .newline, .op(.semicolon, _), .op(.background, _):
                return Pipeline(negated: negated, timing: timing, stages: [])
            default: break
            }
        }
        var pipeline = Pipeline(negated: negated, timing: timing, stages: [try parseCommand()])
        while case .op(let op, _) = try peek().token, op == .pipe || op == .pipeBoth {
            try advance()
            try skipNewlines()
            if try peek().token == .end { throw .unexpectedEnd }
            pipeline.stages.append(try parseCommand())
            pipeline.pipesStandardError.append(op == .pipeBoth)
        }
        return pipeline
    }

    mutating func parseCommand() throws(ShellSyntaxError) -> Command {
        try expandAliases()
        if let definition = try parseFunctionDefinition() { return definition }
        if case .word(let word) = try peek().token, let name = word.plainText, Self.compoundOpeners.contains(name),
            name != "[[" || dialect.doubleBrackets == .keyword
        {
            return try parseCompound(name)
        }
        guard try peek().token == .op(.openParen) else { return .simple(try parseSimpleCommand()) }
        try advance()
        if dialect.arithmeticCommand, lookahead.isEmpty && lexer.isAtDoubleParenthesis, let expression = try lexer.readArithmeticCommand() {
            return .compound(.arithmetic(expression), try parseTrailingRedirections())
        }
        nesting += 1
        defer { nesting -= 1 }
        try checkNesting()
        let list = try parseList(nested: true)
        let close = try peek().token
        if close == .end {
            expectedAtEnd = ")"
            throw .unexpectedEnd
        }
        guard close == .op(.closeParen), !list.items.isEmpty else { throw .unexpectedToken(close.displayText) }
        try advance()
        return .subshell(list, try parseTrailingRedirections())
    }

    /// Redirections written after a subshell's `)` or a compound command's closing word.
    mutating func parseTrailingRedirections() throws(ShellSyntaxError) -> [Redirection] {
        var redirections: [Redirection] = []
        while case .op(let op, let fd) = try peek().token, op.isRedirection {
            try advance()
            redirections.append(try parseRedirection(op, fd: fd))
        }
        return redirections
    }

    /// Refuses input nested deeper than the parser's limit (so hostile input cannot exhaust the stack).
    mutating func checkNesting() throws(ShellSyntaxError) {
        guard nesting <= Self.maximumNesting else { throw .unsupported("nesting deeper than \(Self.maximumNesting)") }
    }

    /// Enters one level of a nested construct; pair with `leaveNesting`.
    mutating func enterNesting() throws(ShellSyntaxError) {
        nesting += 1
        try checkNesting()
    }

    mutating func leaveNesting() { nesting -= 1 }

    private mutating func parseSimpleCommand() throws(ShellSyntaxError) -> SimpleCommand {
        var command = SimpleCommand()
        var aliasEligible = true
        // busybox ash: between a `[[` word and a `]]` one, `&&` and `||` are words.
        var bracketsOpen = false
        while true {
            if aliasEligible { try expandAliases() }
            let next = try peek()
            if command.line == 0 { command.line = next.line }
            switch next.token {
            case .word(let word):
                if command.words.isEmpty, var assignment = word.assignment,
                    dialect.arrays || (assignment.index == nil && !assignment.appends)
                {
                    try advance()
                    if dialect.arrays, assignment.index == nil, word.source.hasSuffix("="), try peek().token == .op(.openParen) {
                        assignment.elements = try parseArrayWords()
                    }
                    command.assignments.append(assignment)
                    continue
                }
                if command.words.isEmpty, let text = word.plainText {
                    if Self.closingReservedWords.contains(text) { throw .unexpectedToken(text) }
                    if Self.openingReservedWords.contains(text), dialect.flavour == .bash { throw .unsupported(text) }
                }
                try advance()
                command.words.append(word)
                if dialect.doubleBrackets == .builtin, let text = word.plainText, text == "[[" || text == "]]" {
                    bracketsOpen = text == "[["
                }
                if dialect.arrays, command.words.count > 1, let builtin = command.words.first?.plainText,
                    ShellExecutor.declarationBuiltins.contains(builtin), let assignment = word.assignment,
                    assignment.index == nil, word.source.hasSuffix("="), try peek().token == .op(.openParen)
                {
                    command.arrayArguments[command.words.count - 1] = try parseArrayWords()
                }
                aliasEligible = next.endsBlankAlias
            case .op(let op, let fd) where op.isRedirection:
                try advance()
                command.redirections.append(try parseRedirection(op, fd: fd))
            case .op(let op, _) where bracketsOpen && (op == .and || op == .or):
                try advance()
                command.words.append(ShellWord(parts: [.literal(op.rawValue)], source: op.rawValue))
            default:
                if command.assignments.isEmpty && command.words.isEmpty && command.redirections.isEmpty {
                    if next.token == .end { throw .unexpectedEnd }
                    throw .unexpectedToken(next.token.displayText)
                }
                return command
            }
        }
    }

    /// The words of `NAME=( ... )` after the `(`, up to the `)`.
    private mutating func parseArrayWords() throws(ShellSyntaxError) -> [ShellWord] {
        try advance()
        lexer.readsCompoundAssignment = true
        defer { lexer.readsCompoundAssignment = false }
        var words: [ShellWord] = []
        while true {
            try skipNewlines()
            let token = try advance().token
            switch token {
            case .word(let word): words.append(word)
            case .op(.closeParen, _): return words
            case .end: throw .unexpectedEnd
            default: throw .unexpectedToken(token.displayText)
            }
        }
    }

    mutating func parseRedirection(_ op: ShellOperator, fd: Int?) throws(ShellSyntaxError) -> Redirection {
        guard case .word(let target) = try peek().token else { throw .unexpectedToken(try peek().token.displayText) }
        try advance()
        var redirection = Redirection(fd: fd, op: op, target: target)
        if op == .doubleLess || op == .doubleLessDash {
            let document = HereDocument(
                delimiter: target.literalText, stripsTabs: op == .doubleLessDash,
                expands: target.parts.allSatisfy {
                    if case .quoted = $0 { false } else if case .doubleQuoted = $0 { false } else { true }
                },
                line: lexer.line)
            lexer.pendingHereDocuments.append(document)
            redirection.hereDocument = document
        }
        return redirection
    }

    /// Words that close a compound command; alone they are syntax errors in bash too.
    static let closingReservedWords: Set<String> = ["then", "else", "elif", "fi", "do", "done", "esac", "}"]
    /// Words that open compound commands this shell does not implement.
    static let openingReservedWords: Set<String> = ["select", "coproc"]
    /// Words that open the compound commands this shell runs.
    static let compoundOpeners: Set<String> = ["if", "for", "while", "until", "case", "{", "[["]
}
