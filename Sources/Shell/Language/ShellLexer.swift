/// Splits shell input into words and operators, one token at a time, as bash's reader does.
///
/// Here-document bodies are read when the newline that ends their line is reached, so the
/// parser registers each `<<WORD` (in `pendingHereDocuments`) before asking for more tokens.
struct ShellLexer {
    private let text: [Unicode.Scalar]
    private var index = 0
    /// The 1-based line the lexer has reached.
    private(set) var line = 1
    /// Here-documents whose bodies start after the next newline.
    var pendingHereDocuments: [HereDocument] = []
    /// Here-documents cut short by the end of input, for bash's warning.
    private(set) var truncatedHereDocuments: [HereDocument] = []
    /// True when the input ended with a backslash that asks for another line.
    private(set) var endedInContinuation = false

    init(_ source: String) {
        text = Array(source.unicodeScalars)
    }

    private var current: Unicode.Scalar? { at(index) }

    private func at(_ position: Int) -> Unicode.Scalar? {
        position < text.count ? text[position] : nil
    }

    /// Reads the next token.
    mutating func next() throws(ShellSyntaxError) -> ShellToken {
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
        if let op = readOperator() { return .op(op) }
        return try readWordOrRedirection()
    }

    static func isMetacharacter(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case " ", "\t", "\n", "|", "&", ";", "(", ")", "<", ">": true
        default: false
        }
    }

    private mutating func readOperator() -> ShellOperator? {
        let candidates: [ShellOperator] = [
            .doubleSemicolonAnd, .andDoubleGreat, .tripleLess, .doubleLessDash,
            .or, .pipeBoth, .and, .andGreat, .doubleSemicolon, .semicolonAnd, .doubleLess, .lessAnd,
            .lessGreat, .doubleGreat, .greatAnd, .clobber,
            .pipe, .background, .semicolon, .openParen, .closeParen, .less, .great,
        ]
        for op in candidates where matches(op.rawValue) {
            index += op.rawValue.unicodeScalars.count
            return op
        }
        return nil
    }

    private func matches(_ literal: String) -> Bool {
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
        while let c = current, !Self.isMetacharacter(c) {
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

    /// Reads the inside of `"..."` (or a here-document body when `terminator` is nil).
    mutating func readQuoted(terminator: Unicode.Scalar?) throws(ShellSyntaxError) -> [WordPart] {
        var parts: [WordPart] = []
        var buffer = String.UnicodeScalarView()
        func flush() {
            if !buffer.isEmpty {
                parts.append(.quoted(String(buffer)))
                buffer = String.UnicodeScalarView()
            }
        }
        while true {
            guard let c = current else {
                if let terminator { throw .unterminated(String(terminator)) }
                break
            }
            if c == terminator {
                index += 1
                break
            }
            switch c {
            case "\\":
                let next = at(index + 1)
                if next == "\n" {
                    index += 2
                    line += 1
                } else if let next, next == "$" || next == "`" || next == "\\" || next == terminator {
                    buffer.append(next)
                    index += 2
                } else {
                    buffer.append(c)
                    index += 1
                }
            case "$":
                if let part = try readDollar(inDoubleQuotes: true) {
                    flush()
                    parts.append(part)
                } else {
                    buffer.append(c)
                    index += 1
                }
            case "`":
                flush()
                parts.append(try readBackquote())
            default:
                if c == "\n" { line += 1 }
                buffer.append(c)
                index += 1
            }
        }
        flush()
        return parts
    }

    /// Reads what follows `$`; nil when the `$` is just a character.
    private mutating func readDollar(inDoubleQuotes: Bool) throws(ShellSyntaxError) -> WordPart? {
        guard let next = at(index + 1) else { return nil }
        switch next {
        case "{":
            guard let close = text[(index + 2)...].firstIndex(of: "}") else { throw .unterminated("}") }
            let content = String(String.UnicodeScalarView(text[(index + 2)..<close]))
            index = close + 1
            if Self.isParameterName(content) { return .parameter(content) }
            if content.hasPrefix("#"), content.count > 1, Self.isParameterName(String(content.dropFirst())) {
                return .parameterLength(String(content.dropFirst()))
            }
            return .badSubstitution(content)
        case "(":
            if at(index + 2) == "(" { throw .unsupported("$((...))") }
            let close = try matchingParenthesis(from: index + 2)
            let content = String(String.UnicodeScalarView(text[(index + 2)..<close]))
            index = close + 1
            return .commandSubstitution(content)
        case "'" where !inDoubleQuotes:
            index += 2
            var raw: [Unicode.Scalar] = []
            while let c = current, c != "'" {
                raw.append(c)
                if c == "\\", let escaped = at(index + 1) {
                    raw.append(escaped)
                    index += 1
                }
                index += 1
            }
            guard current == "'" else { throw .unterminated("'") }
            index += 1
            return .quoted(EscapeSequences.decode(raw, dialect: .ansiC).text)
        case "\"" where !inDoubleQuotes:
            index += 1
            return .quoted("")
        case "?", "$", "#", "!", "@", "*", "-", "0"..."9":
            index += 2
            return .parameter(String(next))
        default:
            guard next == "_" || next.properties.isAlphabetic && next.isASCII else { return nil }
            var end = index + 1
            while let c = at(end), c == "_" || (c.isASCII && c.properties.isAlphabetic) || ("0"..."9").contains(c) {
                end += 1
            }
            let name = String(String.UnicodeScalarView(text[(index + 1)..<end]))
            index = end
            return .parameter(name)
        }
    }

    /// The index of the `)` closing a `$(`, skipping quoted text and nested parentheses.
    private mutating func matchingParenthesis(from start: Int) throws(ShellSyntaxError) -> Int {
        var depth = 1
        var position = start
        while let c = at(position) {
            switch c {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return position }
            case "\\": position += 1
            case "'":
                guard let close = text[(position + 1)...].firstIndex(of: "'") else { throw .unterminated("'") }
                position = close
            case "\"":
                position += 1
                while let q = at(position), q != "\"" { position += q == "\\" ? 2 : 1 }
                guard at(position) != nil else { throw .unterminated("\"") }
            case "\n": line += 1
            default: break
            }
            position += 1
        }
        throw .unterminated(")")
    }

    private mutating func readBackquote() throws(ShellSyntaxError) -> WordPart {
        index += 1
        var content = String.UnicodeScalarView()
        while let c = current, c != "`" {
            if c == "\\", let next = at(index + 1), next == "$" || next == "`" || next == "\\" {
                content.append(next)
                index += 2
                continue
            }
            if c == "\n" { line += 1 }
            content.append(c)
            index += 1
        }
        guard current == "`" else { throw .unterminated("`") }
        index += 1
        return .commandSubstitution(String(content))
    }

    /// Reads `~` or `~user` at the start of a word when it ends at `/` or the end of the word.
    private mutating func readTilde() -> WordPart? {
        var end = index + 1
        while let c = at(end), c != "/", !Self.isMetacharacter(c), !"'\"\\$`".unicodeScalars.contains(c) {
            end += 1
        }
        if let c = at(end), c != "/", !Self.isMetacharacter(c) { return nil }
        let name = String(String.UnicodeScalarView(text[(index + 1)..<end]))
        index = end
        return .tilde(name)
    }

    private mutating func readHereDocumentBodies() throws(ShellSyntaxError) {
        let documents = pendingHereDocuments
        pendingHereDocuments = []
        for document in documents {
            var body = ""
            var found = false
            while index < text.count {
                let end = text[index...].firstIndex(of: "\n") ?? text.count
                var lineText = text[index..<end]
                index = min(end + 1, text.count)
                line += 1
                if document.stripsTabs { lineText = lineText.drop { $0 == "\t" } }
                let content = String(String.UnicodeScalarView(lineText))
                if content == document.delimiter {
                    found = true
                    break
                }
                body += content + "\n"
            }
            if !found { truncatedHereDocuments.append(document) }
            if document.expands {
                var bodyLexer = ShellLexer(body)
                document.body = try bodyLexer.readQuoted(terminator: nil)
            } else {
                document.body = [.quoted(body)]
            }
        }
    }

    static func isParameterName(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if text.unicodeScalars.count == 1, "?$#!@*-0123456789".unicodeScalars.contains(first) { return true }
        if ("0"..."9").contains(first) { return text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}
