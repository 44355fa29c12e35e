/// Reads `${NAME OP ...}`: which parameter, which operator, and the words the operator takes.
extension ShellLexer {
    /// The index of the `}` closing a `${`, skipping quoted text, escapes and nested expansions;
    /// a plain `{` does not nest, as in bash.
    mutating func matchingBrace(from start: Int) throws(ShellSyntaxError) -> Int {
        var position = start
        while let c = at(position) {
            switch c {
            case "}": return position
            case "\\", "'", "\"": position = try endOfQuoting(at: position)
            case "`":
                guard let close = text[(position + 1)...].firstIndex(of: "`") else { throw .unterminated("`") }
                position = close
            case "$" where at(position + 1) == "{":
                position = try matchingBrace(from: position + 2)
            case "$" where at(position + 1) == "(":
                position = try matchingParenthesis(from: position + 2)
            default: break
            }
            position += 1
        }
        throw .unterminated("}")
    }

    /// The expansion `content` (the text between `${` and `}`) asks for, or nil when it has no
    /// operator bash knows.
    static func parameterExpansion(_ content: String, inDoubleQuotes: Bool) throws(ShellSyntaxError)
        -> ParameterExpansion?
    {
        let scalars = Array(content.unicodeScalars)
        var position = 0
        let indirect = scalars.count > 1 && scalars[0] == "!" && startsParameter(scalars[1])
        if indirect { position = 1 }
        guard position < scalars.count, startsParameter(scalars[position]) else { return nil }
        let start = position
        if isNameCharacter(scalars[position]) {
            let digits = ("0"..."9").contains(scalars[position])
            while position < scalars.count,
                digits ? ("0"..."9").contains(scalars[position]) : isNameCharacter(scalars[position])
            {
                position += 1
            }
        } else {
            position += 1
        }
        let name = String(String.UnicodeScalarView(scalars[start..<position]))
        var index: String?
        if position < scalars.count, scalars[position] == "[", isParameterName(name),
            !("0"..."9").contains(scalars[start])
        {
            guard let close = closingBracket(scalars, from: position), close > position + 1 else { return nil }
            index = String(String.UnicodeScalarView(scalars[(position + 1)..<close]))
            position = close + 1
        }
        guard
            let operation = try operation(scalars[position...], inDoubleQuotes: inDoubleQuotes)
        else { return nil }
        // After `#` a lone character asked for a length (`${#+}`), and `$#` takes no case change.
        if name == "#", !indirect, scalars.count - position == 1 || "^,".unicodeScalars.contains(scalars[position]) {
            return nil
        }
        return ParameterExpansion(name: name, index: index, indirect: indirect, operation: operation, source: content)
    }

    private static func operation(_ rest: ArraySlice<Unicode.Scalar>, inDoubleQuotes: Bool) throws(ShellSyntaxError)
        -> ParameterOperation?
    {
        guard let first = rest.first else { return nil }
        let second = rest.dropFirst().first
        func pattern(_ text: ArraySlice<Unicode.Scalar>) throws(ShellSyntaxError) -> [WordPart] {
            try operand(text, inDoubleQuotes: inDoubleQuotes, quotesInDoubleQuotes: true)
        }
        switch first {
        case "-", "=", "?", "+":
            return try test(first, colon: false, rest.dropFirst(), inDoubleQuotes: inDoubleQuotes)
        case ":":
            if let second, "-=?+".unicodeScalars.contains(second) {
                return try test(second, colon: true, rest.dropFirst(2), inDoubleQuotes: inDoubleQuotes)
            }
            let expressions = rest.dropFirst()
            guard !expressions.isEmpty else { return nil }
            let text = { (slice: ArraySlice<Unicode.Scalar>) in String(String.UnicodeScalarView(slice)) }
            guard let colon = lengthColon(expressions) else {
                return .substring(offset: text(expressions), length: nil)
            }
            return .substring(offset: text(expressions[..<colon]), length: text(expressions[(colon + 1)...]))
        case "#", "%":
            let longest = second == first
            return .remove(
                pattern: try pattern(rest.dropFirst(longest ? 2 : 1)), suffix: first == "%", longest: longest)
        case "/":
            let anchor: ReplaceAnchor =
                switch second {
                case "/": .all
                case "#": .prefix
                case "%": .suffix
                default: .first
                }
            let body = rest.dropFirst(anchor == .first ? 1 : 2)
            guard let slash = unquotedSlash(body) else {
                return .replace(pattern: try pattern(body), replacement: nil, anchor: anchor)
            }
            return .replace(
                pattern: try pattern(body[..<slash]), replacement: try pattern(body[(slash + 1)...]), anchor: anchor)
        case "^", ",":
            let all = second == first
            return .changeCase(pattern: try pattern(rest.dropFirst(all ? 2 : 1)), upper: first == "^", all: all)
        case "@":
            guard rest.count == 2, let letter = second, "QEPUuLAaK".unicodeScalars.contains(letter) else {
                return .unknownTransform(second)
            }
            return .transform(letter)
        default:
            return nil
        }
    }

    private static func test(
        _ letter: Unicode.Scalar, colon: Bool, _ word: ArraySlice<Unicode.Scalar>, inDoubleQuotes: Bool
    ) throws(ShellSyntaxError) -> ParameterOperation {
        let test: ParameterTest =
            switch letter {
            case "-": .useDefault
            case "=": .assignDefault
            case "?": .error
            default: .useAlternative
            }
        // The message of `?` loses its quotes even inside double quotes, as bash has it.
        let quotes = test == .error
        return .test(
            test, colon: colon, word: try operand(word, inDoubleQuotes: inDoubleQuotes, quotesInDoubleQuotes: quotes))
    }

    /// The word after an operator, read as bash reads it: quotes, escapes and expansions, blanks kept.
    ///
    /// Inside double quotes a default's `'` is an ordinary character, where a pattern's
    /// (`quotesInDoubleQuotes`) still quotes, and so does its every backslash.
    private static func operand(
        _ scalars: ArraySlice<Unicode.Scalar>, inDoubleQuotes: Bool, quotesInDoubleQuotes: Bool
    ) throws(ShellSyntaxError) -> [WordPart] {
        var lexer = ShellLexer(String(String.UnicodeScalarView(scalars)))
        var parts: [WordPart] = []
        var literal = String.UnicodeScalarView()
        func flush() {
            if !literal.isEmpty { parts.append(.literal(String(literal))) }
            literal = String.UnicodeScalarView()
        }
        let quoting = !inDoubleQuotes || quotesInDoubleQuotes
        while let c = lexer.current {
            switch c {
            case "\\":
                guard let next = lexer.at(lexer.index + 1),
                    quoting || "$`\"\\}".unicodeScalars.contains(next)
                else {
                    literal.append(c)
                    lexer.index += 1
                    continue
                }
                flush()
                parts.append(.quoted(String(next)))
                lexer.index += 2
            case "'" where quoting:
                flush()
                guard let close = lexer.text[(lexer.index + 1)...].firstIndex(of: "'") else { throw .unterminated("'") }
                parts.append(.quoted(String(String.UnicodeScalarView(lexer.text[(lexer.index + 1)..<close]))))
                lexer.index = close + 1
            case "\"":
                flush()
                lexer.index += 1
                parts.append(.doubleQuoted(try lexer.readQuoted(terminator: "\"")))
            case "$":
                // `$'...'` is read as ANSI-C quoting even inside double quotes, as bash's `extquote` has it.
                let ansiC = lexer.at(lexer.index + 1) == "'"
                if let part = try lexer.readDollar(inDoubleQuotes: inDoubleQuotes && !ansiC) {
                    flush()
                    parts.append(part)
                } else {
                    literal.append(c)
                    lexer.index += 1
                }
            case "`":
                flush()
                parts.append(try lexer.readBackquote())
            case "~" where lexer.index == 0 && !inDoubleQuotes:
                if let part = lexer.readTilde() {
                    parts.append(part)
                } else {
                    literal.append(c)
                    lexer.index += 1
                }
            default:
                literal.append(c)
                lexer.index += 1
            }
        }
        flush()
        return parts
    }

    /// A substring's offset or length read as double-quoted text is (`"1"` loses its quotes, `'1'`
    /// keeps them); nil when a quote is left open.
    static func wordParts(_ text: String) -> [WordPart]? {
        try? operand(ArraySlice(text.unicodeScalars), inDoubleQuotes: true, quotesInDoubleQuotes: false)
    }

    /// The `:` between a substring's offset and length: not one of a `?:` inside the offset.
    private static func lengthColon(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var depth = 0
        var questions = 0
        for position in scalars.indices {
            switch scalars[position] {
            case "(": depth += 1
            case ")": depth -= 1
            case "?" where depth == 0: questions += 1
            case ":" where depth == 0:
                if questions == 0 { return position }
                questions -= 1
            default: break
            }
        }
        return nil
    }

    /// The `/` that ends a replacement's pattern: not escaped, quoted or inside an expansion.
    private static func unquotedSlash(_ scalars: ArraySlice<Unicode.Scalar>) -> Int? {
        var lexer = ShellLexer(String(String.UnicodeScalarView(scalars)))
        while let c = lexer.current {
            switch c {
            case "/": return scalars.startIndex + lexer.index
            case "\\", "'", "\"":
                guard let end = try? lexer.endOfQuoting(at: lexer.index) else { return nil }
                lexer.index = end + 1
            case "`":
                guard let close = lexer.text[(lexer.index + 1)...].firstIndex(of: c) else { return nil }
                lexer.index = close + 1
            case "$" where lexer.at(lexer.index + 1) == "{":
                guard let close = try? lexer.matchingBrace(from: lexer.index + 2) else { return nil }
                lexer.index = close + 1
            case "$" where lexer.at(lexer.index + 1) == "(":
                guard let close = try? lexer.matchingParenthesis(from: lexer.index + 2) else { return nil }
                lexer.index = close + 1
            default: lexer.index += 1
            }
        }
        return nil
    }

    private static func startsParameter(_ c: Unicode.Scalar) -> Bool {
        isNameCharacter(c) || "?$#!@*-".unicodeScalars.contains(c)
    }

    private static func isNameCharacter(_ c: Unicode.Scalar) -> Bool {
        c == "_" || (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c)))
    }
}
