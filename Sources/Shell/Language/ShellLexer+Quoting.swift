extension ShellLexer {
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
    mutating func readDollar(inDoubleQuotes: Bool) throws(ShellSyntaxError) -> WordPart? {
        guard let next = at(index + 1) else { return nil }
        switch next {
        case "{":
            let close = try matchingBrace(from: index + 2)
            let content = String(String.UnicodeScalarView(text[(index + 2)..<close]))
            index = close + 1
            let part = try Self.braced(content, inDoubleQuotes: inDoubleQuotes)
            return dialect.expands(part) ? part : .badSubstitution(content)
        case "(":
            let close = try matchingParenthesis(from: index + 2)
            let content = String(String.UnicodeScalarView(text[(index + 2)..<close]))
            index = close + 1
            if Self.isOneParenthesizedGroup(content) { return .arithmetic(String(content.dropFirst().dropLast())) }
            return .commandSubstitution(content)
        case "'" where !inDoubleQuotes && dialect.dollarSingleQuotes:
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

    /// What `${CONTENT}` is, as bash reads it.
    private static func braced(_ content: String, inDoubleQuotes: Bool) throws(ShellSyntaxError) -> WordPart {
        if Self.isParameterName(content) { return .parameter(content) }
        if content.hasPrefix("#"), content.count > 1, Self.isParameterName(String(content.dropFirst())) {
            return .parameterLength(String(content.dropFirst()))
        }
        if let element = Self.arrayElement(content) { return element }
        if content.hasPrefix("!"),
            case .element(let name, let index, false)? = Self.arrayElement(String(content.dropFirst())),
            index == "@" || index == "*"
        {
            return .indices(name, index: index)
        }
        if content.hasPrefix("!"), content.count > 1 {
            let rest = String(content.dropFirst())
            if Self.isParameterName(rest) { return .indirect(rest) }
            if let last = rest.last, last == "*" || last == "@", Self.isParameterName(String(rest.dropLast())) {
                return .names(prefix: String(rest.dropLast()), index: String(last))
            }
        }
        if let expansion = try Self.parameterExpansion(content, inDoubleQuotes: inDoubleQuotes) {
            return .expansion(expansion)
        }
        return .badSubstitution(content)
    }

    /// `NAME[INDEX]` or `#NAME[INDEX]` between `${` and `}`.
    static func arrayElement(_ content: String) -> WordPart? {
        let length = content.hasPrefix("#")
        let body = Array(content.unicodeScalars.dropFirst(length ? 1 : 0))
        guard body.last == "]", let open = body.firstIndex(of: "["), open + 2 < body.count,
            closingBracket(body, from: open) == body.count - 1
        else { return nil }
        let name = String(String.UnicodeScalarView(body[..<open]))
        guard isParameterName(name) else { return nil }
        let index = String(String.UnicodeScalarView(body[(open + 1)..<(body.count - 1)]))
        return .element(name, index: index, length: length)
    }

    /// The index of the `]` closing the `[` at `open`, brackets inside counted (`a[b[1]]`).
    static func closingBracket(_ scalars: [Unicode.Scalar], from open: Int) -> Int? {
        var depth = 0
        for position in open..<scalars.count {
            if scalars[position] == "[" { depth += 1 }
            if scalars[position] == "]" {
                depth -= 1
                if depth == 0 { return position }
            }
        }
        return nil
    }

    /// True when `text` is `( ... )` with the first parenthesis closed by the last: `$((` then
    /// reads as arithmetic, where `$( (a); (b) )` stays a command substitution.
    static func isOneParenthesizedGroup(_ text: String) -> Bool {
        guard text.hasPrefix("("), text.hasSuffix(")") else { return false }
        var depth = 0
        for (offset, c) in text.unicodeScalars.enumerated() {
            if c == "(" { depth += 1 }
            if c == ")" {
                depth -= 1
                if depth == 0 { return offset == text.unicodeScalars.count - 1 }
            }
        }
        return false
    }

    /// The index of the `)` closing a `$(`, skipping quoted text and nested parentheses.
    mutating func matchingParenthesis(from start: Int) throws(ShellSyntaxError) -> Int {
        var depth = 1
        var position = start
        while let c = at(position) {
            switch c {
            case "(": depth += 1
            case ")":
                depth -= 1
                if depth == 0 { return position }
            case "\\", "'", "\"": position = try endOfQuoting(at: position)
            case "\n": line += 1
            default: break
            }
            position += 1
        }
        throw .unterminated(")")
    }

    /// Where the quoting that starts at `position` ends: the character a `\\` escapes, or the
    /// `'` or `"` closing a quoted string (escapes inside `"..."` skipped).
    func endOfQuoting(at position: Int) throws(ShellSyntaxError) -> Int {
        switch at(position) {
        case "'":
            guard let close = text[(position + 1)...].firstIndex(of: "'") else { throw .unterminated("'") }
            return close
        case "\"":
            var end = position + 1
            while let q = at(end), q != "\"" { end += q == "\\" ? 2 : 1 }
            guard at(end) != nil else { throw .unterminated("\"") }
            return end
        default:
            return position + 1
        }
    }

    mutating func readBackquote() throws(ShellSyntaxError) -> WordPart {
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
}
