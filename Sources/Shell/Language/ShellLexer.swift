/// Splits shell input into words and operators, one token at a time, as bash's reader does.
///
/// Here-document bodies are read when the newline that ends their line is reached, so the
/// parser registers each `<<WORD` (in `pendingHereDocuments`) before asking for more tokens.
struct ShellLexer {
    let text: [Unicode.Scalar]
    var index = 0
    /// The 1-based line the lexer has reached.
    var line = 1
    /// Here-documents whose bodies start after the next newline.
    var pendingHereDocuments: [HereDocument] = []
    /// Here-documents cut short by the end of input, for bash's warning.
    var truncatedHereDocuments: [HereDocument] = []
    /// Finds where here-documents end without keeping their bodies (enough to tell whether more
    /// lines are needed).
    var skipsHereDocumentBodies = false
    /// Set for the word after `=~` in `[[ ]]`: parentheses and `|` belong to the regular
    /// expression, and so do blanks inside parentheses.
    var readsRegex = false
    /// True when the input ended with a backslash that asks for another line.
    private(set) var endedInContinuation = false
    /// The shell whose language is read: which operators and `$` forms it has.
    let dialect: ShellDialect
    /// Whether the next word may be an assignment (`noteAssignmentPosition`).
    private(set) var assignmentAcceptable = true
    /// Inside the operands of `declare` and its kin, each of which may be an assignment.
    private var inDeclaration = false
    /// Set by the parser while it reads `NAME=( ... )`, whose words may start with `[KEY]`.
    var readsCompoundAssignment = false

    init(_ source: String, dialect: ShellDialect = .bash) {
        text = Array(source.unicodeScalars)
        self.dialect = dialect
    }

    var current: Unicode.Scalar? { at(index) }

    func at(_ position: Int) -> Unicode.Scalar? {
        position < text.count ? text[position] : nil
    }

    /// Reads the next token.
    mutating func next() throws(ShellSyntaxError) -> ShellToken {
        let token = try nextToken()
        noteAssignmentPosition(after: token)
        return token
    }

    private mutating func nextToken() throws(ShellSyntaxError) -> ShellToken {
        while let c = current {
            if c == " " || c == "\t" {
                index += 1
            } else if c == "\\" && at(index + 1) == "\n" {
                index += 2
                line += 1
            } else if c == "\\" && index + 1 == text.count {
                index += 1
                endedInContinuation = true
            } else if c == "#" {
                while let c = current, c != "\n" { index += 1 }
            } else {
                break
            }
        }
        guard let c = current else {
            truncatedHereDocuments += pendingHereDocuments
            pendingHereDocuments = []
            return .end
        }
        if c == "\n" {
            index += 1
            line += 1
            try readHereDocumentBodies()
            return .newline
        }
        if startsProcessSubstitution { return try readWordOrRedirection() }
        if !(readsRegex && c == "("), let op = readOperator() { return .op(op) }
        return try readWordOrRedirection()
    }

    /// True at `<(` where the shell reads process substitution.
    var startsProcessSubstitution: Bool {
        dialect.processSubstitution && !readsRegex && current == "<" && at(index + 1) == "("
    }

    static func isMetacharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case " ", "\t", "\n", "|", "&", ";", "(", ")", "<", ">": true
        default: false
        }
    }

    mutating func readOperator() -> ShellOperator? {
        let candidates: [ShellOperator] = [
            .doubleSemicolonAnd, .andDoubleGreat, .tripleLess, .doubleLessDash,
            .or, .pipeBoth, .and, .andGreat, .doubleSemicolon, .semicolonAnd, .doubleLess, .lessAnd,
            .lessGreat, .doubleGreat, .greatAnd, .clobber,
            .pipe, .background, .semicolon, .openParen, .closeParen, .less, .great,
        ]
        for op in candidates where dialect.has(op) && matches(op.rawValue) {
            index += op.rawValue.unicodeScalars.count
            return op
        }
        return nil
    }

    func matches(_ literal: String) -> Bool {
        var position = index
        for scalar in literal.unicodeScalars {
            guard at(position) == scalar else { return false }
            position += 1
        }
        return true
    }

    private mutating func readWordOrRedirection() throws(ShellSyntaxError) -> ShellToken {
        let word = try readWord()
        if let c = current, c == "<" || c == ">", !word.source.isEmpty,
            word.source.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) }),
            let fd = Int(word.source), let op = readOperator()
        {
            return .op(op, fd: fd)
        }
        return .word(word)
    }

    private mutating func readWord() throws(ShellSyntaxError) -> ShellWord {
        let start = index
        var parts: [WordPart] = []
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty {
                parts.append(.literal(String(literal)))
                literal = String.UnicodeScalarView()
            }
        }
        var regexDepth = 0
        var subscriptDepth = 0
        while let c = current {
            if readsRegex, c == "(" || c == "|" || (regexDepth > 0 && c != "\n" && (c == ")" || Self.isMetacharacter(c))) {
                if c == "(" { regexDepth += 1 }
                if c == ")" { regexDepth -= 1 }
                literal.append(c)
                index += 1
                continue
            }
            // `<(` joins the word it touches, as in bash (`x<(true)` is `x/dev/fd/63`).
            if startsProcessSubstitution {
                flush()
                let close = try matchingParenthesis(from: index + 2)
                parts.append(.processSubstitution(String(String.UnicodeScalarView(text[(index + 2)..<close]))))
                index = close + 1
                continue
            }
            if Self.isMetacharacter(c), subscriptDepth == 0 { break }
            // bash's `parse_matched_pair` for `NAME[...]` where an assignment may stand: blanks
            // and metacharacters inside the brackets belong to the word (`m[a b]=1`).
            if c == "[", subscriptDepth > 0 || (readsCompoundAssignment && index == start)
                || (assignmentAcceptable && dialect.arrays && parts.isEmpty && ShellLexer.isParameterName(String(literal)))
            {
                subscriptDepth += 1
            } else if c == "]", subscriptDepth > 0 {
                subscriptDepth -= 1
            }
            switch c {
            case "'":
                flush()
                index += 1
                guard let close = text[index...].firstIndex(of: "'") else { throw .unterminated("'") }
                line += text[index..<close].count { $0 == "\n" }
                parts.append(.quoted(String(String.UnicodeScalarView(text[index..<close]))))
                index = close + 1
            case "\"":
                flush()
                index += 1
                parts.append(.doubleQuoted(try readQuoted(terminator: "\"")))
            case "\\":
                if at(index + 1) == "\n" {
                    index += 2
                    line += 1
                } else if let next = at(index + 1) {
                    flush()
                    parts.append(.quoted(String(next)))
                    index += 2
                } else {
                    index += 1
                    endedInContinuation = true
                }
            case "$":
                if let part = try readDollar(inDoubleQuotes: false) {
                    flush()
                    parts.append(part)
                } else {
                    literal.append(c)
                    index += 1
                }
            case "`":
                flush()
                parts.append(try readBackquote())
            case "~" where index == start:
                if let part = readTilde() {
                    parts.append(part)
                } else {
                    literal.append(c)
                    index += 1
                }
            default:
                literal.append(c)
                index += 1
            }
        }
        flush()
        return ShellWord(parts: parts, source: String(String.UnicodeScalarView(text[start..<index])))
    }

    /// Reads `~` or `~user` at the start of a word when it ends at `/` or the end of the word.
    mutating func readTilde() -> WordPart? {
        var end = index + 1
        while let c = at(end), c != "/", !Self.isMetacharacter(c), !"'\"\\$`".unicodeScalars.contains(c) {
            end += 1
        }
        if let c = at(end), c != "/", !Self.isMetacharacter(c) { return nil }
        let name = String(String.UnicodeScalarView(text[(index + 1)..<end]))
        index = end
        return .tilde(name)
    }

    static func isParameterName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if text.unicodeScalars.count == 1, "?$#!@*-0123456789".unicodeScalars.contains(first) { return true }
        if ("0"..."9").contains(first) { return text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        return text.unicodeScalars.allSatisfy {
            $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
        }
    }
}

extension ShellLexer {
    /// The builtins whose operands bash reads as assignments (`PST_ASSIGNOK`).
    private static let declarationBuiltins: Set<String> = ["declare", "typeset", "local", "export", "readonly"]
    /// Reserved words after which a command, and so an assignment, may start.
    private static let commandOpeners: Set<String> = ["if", "then", "else", "elif", "do", "while", "until", "{", "!", "time"]

    /// bash's `assignment_acceptable`: whether the next word may be an assignment, after the
    /// token just read.
    mutating func noteAssignmentPosition(after token: ShellToken) {
        switch token {
        case .newline, .end:
            (assignmentAcceptable, inDeclaration) = (true, false)
        case .op(let op, _):
            let separates: Set<ShellOperator> = [.semicolon, .background, .and, .or, .pipe, .pipeBoth, .openParen,
                .doubleSemicolon, .semicolonAnd, .doubleSemicolonAnd]
            if separates.contains(op) {
                (assignmentAcceptable, inDeclaration) = (true, false)
            } else if !inDeclaration {
                assignmentAcceptable = false
            }
        case .word(let word):
            guard assignmentAcceptable, !inDeclaration else { return }
            let text = word.plainText ?? ""
            if Self.declarationBuiltins.contains(text) { inDeclaration = true }
            assignmentAcceptable = inDeclaration || Self.commandOpeners.contains(text) || word.assignment != nil
        }
    }
}
