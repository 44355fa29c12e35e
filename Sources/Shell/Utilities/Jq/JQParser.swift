/// A recursive-descent parser for jq programs, with jq's operator precedence.
struct JQParser {
    private var tokens: [JQToken]
    private var position = 0

    init(_ source: String) {
        var lexer = JQLexer(source)
        tokens = lexer.tokens()
    }

    static func parse(_ source: String) throws(JQCompileError) -> JQFilter {
        var parser = JQParser(source)
        if parser.current == .end { return .identity }
        let filter = try parser.parsePipe()
        guard parser.current == .end else { throw parser.unexpected() }
        return filter
    }

    private var current: JQToken { tokens[min(position, tokens.count - 1)] }

    private mutating func advance() { position += 1 }

    private func unexpected() -> JQCompileError {
        JQCompileError(message: "syntax error, unexpected \(current.described) (Unix shell quoting issues?)")
    }

    private mutating func expect(_ symbol: String) throws(JQCompileError) {
        guard current == .symbol(symbol) else { throw unexpected() }
        advance()
    }

    private mutating func expectKeyword(_ word: String) throws(JQCompileError) {
        guard current == .keyword(word) else { throw unexpected() }
        advance()
    }

    private var depth = 0

    mutating func parsePipe() throws(JQCompileError) -> JQFilter {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw JQCompileError(message: "program too deeply nested") }
        if current == .keyword("def") {
            let (name, parameters, body) = try parseDefinition()
            return .define(name, parameters, body, try parsePipe())
        }
        let left = try parseComma()
        if current == .symbol("|") {
            advance()
            return .pipe(left, try parsePipe())
        }
        return left
    }

    private mutating func parseDefinition() throws(JQCompileError) -> (String, [String], JQFilter) {
        advance()
        guard case .identifier(let name) = current else { throw unexpected() }
        advance()
        var parameters: [String] = []
        if current == .symbol("(") {
            advance()
            while true {
                switch current {
                case .identifier(let p): parameters.append(p)
                case .variable(let p): parameters.append("$" + p)
                default: throw unexpected()
                }
                advance()
                if current == .symbol(";") {
                    advance()
                    continue
                }
                try expect(")")
                break
            }
        }
        try expect(":")
        let body = try parsePipe()
        try expect(";")
        return (name, parameters, body)
    }

    private mutating func parseComma() throws(JQCompileError) -> JQFilter {
        var left = try parseAlternative()
        while current == .symbol(",") {
            advance()
            left = .comma(left, try parseAlternative())
        }
        return left
    }

    private mutating func parseAlternative() throws(JQCompileError) -> JQFilter {
        let left = try parseAssignment()
        if current == .symbol("//") {
            advance()
            return .alternative(left, try parseAlternative())
        }
        return left
    }

    private mutating func parseAssignment() throws(JQCompileError) -> JQFilter {
        let left = try parseOr()
        if case .symbol(let op) = current, ["=", "|=", "+=", "-=", "*=", "/=", "%=", "//="].contains(op) {
            advance()
            return .assign(op, left, try parseAlternative())
        }
        return left
    }

    private mutating func parseOr() throws(JQCompileError) -> JQFilter {
        var left = try parseAnd()
        while current == .keyword("or") {
            advance()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(JQCompileError) -> JQFilter {
        var left = try parseComparison()
        while current == .keyword("and") {
            advance()
            left = .and(left, try parseComparison())
        }
        return left
    }

    private mutating func parseComparison() throws(JQCompileError) -> JQFilter {
        let left = try parseAdditive()
        if case .symbol(let op) = current, ["==", "!=", "<", "<=", ">", ">="].contains(op) {
            advance()
            return .binary(op, left, try parseAdditive())
        }
        return left
    }

    private mutating func parseAdditive() throws(JQCompileError) -> JQFilter {
        var left = try parseMultiplicative()
        while case .symbol(let op) = current, op == "+" || op == "-" {
            advance()
            left = .binary(op, left, try parseMultiplicative())
        }
        return left
    }

    private mutating func parseMultiplicative() throws(JQCompileError) -> JQFilter {
        var left = try parseUnary()
        while case .symbol(let op) = current, op == "*" || op == "/" || op == "%" {
            advance()
            left = .binary(op, left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(JQCompileError) -> JQFilter {
        if current == .symbol("-") {
            advance()
            return .negate(try parseUnary())
        }
        return try parsePostfix()
    }

    /// A term with its postfix suffixes; `binds` false leaves `as` alone (the body of `try`, the
    /// source of `reduce`).
    private mutating func parsePostfix(binds: Bool = true) throws(JQCompileError) -> JQFilter {
        var term = try parsePrimary()
        while true {
            switch current {
            case .field(let name):
                advance()
                term = .index(term, .literal(.string(name)))
            case .symbol("."):
                guard tokens[position + 1] == .symbol("[") else { return term }
                advance()
            case .symbol("["):
                advance()
                term = try parseBracketSuffix(term)
            case .symbol("?"):
                advance()
                term = .optional(term)
            case .keyword("as") where binds:
                advance()
                guard case .variable(let name) = current else { throw unexpected() }
                advance()
                try expect("|")
                return .bind(term, name, try parsePipe())
            default:
                return term
            }
        }
    }

    /// After `[`: `]`, an index, or a slice.
    private mutating func parseBracketSuffix(_ term: JQFilter) throws(JQCompileError) -> JQFilter {
        if current == .symbol("]") {
            advance()
            return .iterate(term)
        }
        if current == .symbol(":") {
            advance()
            let end = try parsePipe()
            try expect("]")
            return .slice(term, nil, end)
        }
        let index = try parsePipe()
        if current == .symbol(":") {
            advance()
            if current == .symbol("]") {
                advance()
                return .slice(term, index, nil)
            }
            let end = try parsePipe()
            try expect("]")
            return .slice(term, index, end)
        }
        try expect("]")
        return .index(term, index)
    }

    private mutating func parsePrimary() throws(JQCompileError) -> JQFilter {
        let token = current
        switch token {
        case .symbol("."):
            advance()
            if case .string(let parts) = current {
                advance()
                return .index(.identity, try stringFilter(parts, format: nil))
            }
            return .identity
        case .symbol(".."):
            advance()
            return .recurse
        case .field(let name):
            advance()
            return .index(.identity, .literal(.string(name)))
        case .number(let n):
            advance()
            return .literal(.number(n))
        case .string(let parts):
            advance()
            return try stringFilter(parts, format: nil)
        case .format(let name):
            advance()
            if case .string(let parts) = current {
                advance()
                return try stringFilter(parts, format: name)
            }
            return .format(name)
        case .variable(let name):
            advance()
            return .variable(name)
        case .keyword("__loc__"):
            advance()
            return .literal(.object(JQObject([("file", .string("<top-level>")), ("line", .number(1))])))
        case .symbol("("):
            advance()
            let inner = try parsePipe()
            try expect(")")
            return inner
        case .symbol("["):
            advance()
            if current == .symbol("]") {
                advance()
                return .array(nil)
            }
            let inner = try parsePipe()
            try expect("]")
            return .array(inner)
        case .symbol("{"):
            advance()
            return try parseObject()
        case .keyword("if"):
            advance()
            var branches: [(JQFilter, JQFilter)] = []
            let condition = try parsePipe()
            try expectKeyword("then")
            branches.append((condition, try parsePipe()))
            var otherwise: JQFilter?
            while true {
                if current == .keyword("elif") {
                    advance()
                    let next = try parsePipe()
                    try expectKeyword("then")
                    branches.append((next, try parsePipe()))
                } else if current == .keyword("else") {
                    advance()
                    otherwise = try parsePipe()
                    try expectKeyword("end")
                    break
                } else {
                    try expectKeyword("end")
                    break
                }
            }
            return .conditional(branches, otherwise)
        case .keyword("try"):
            advance()
            let body = try parsePostfix(binds: false)
            if current == .keyword("catch") {
                advance()
                return .tryCatch(body, try parsePostfix(binds: false))
            }
            return .tryCatch(body, nil)
        case .keyword("reduce"), .keyword("foreach"):
            advance()
            let source = try parsePostfix(binds: false)
            try expectKeyword("as")
            guard case .variable(let name) = current else { throw unexpected() }
            advance()
            try expect("(")
            let initial = try parsePipe()
            try expect(";")
            let update = try parsePipe()
            var extract: JQFilter?
            if token == .keyword("foreach"), current == .symbol(";") {
                advance()
                extract = try parsePipe()
            }
            try expect(")")
            if token == .keyword("reduce") { return .reduce(source, name, initial, update) }
            return .foreach(source, name, initial, update, extract)
        case .keyword("def"):
            let (name, parameters, body) = try parseDefinition()
            return .define(name, parameters, body, try parsePipe())
        case .identifier(let name) where ["null", "true", "false"].contains(name):
            advance()
            return .literal(name == "null" ? .null : .bool(name == "true"))
        case .identifier(let name):
            advance()
            var arguments: [JQFilter] = []
            if current == .symbol("(") {
                advance()
                arguments.append(try parsePipe())
                while current == .symbol(";") {
                    advance()
                    arguments.append(try parsePipe())
                }
                try expect(")")
            }
            return .call(name, arguments)
        default:
            throw unexpected()
        }
    }

    private mutating func parseObject() throws(JQCompileError) -> JQFilter {
        var entries: [(key: JQObjectKey, value: JQFilter?)] = []
        if current == .symbol("}") {
            advance()
            return .object([])
        }
        while true {
            let key: JQObjectKey
            switch current {
            case .identifier(let name), .keyword(let name):
                key = .name(name)
                advance()
            case .variable(let name):
                advance()
                entries.append((.variable(name), nil))
                if current == .symbol(",") {
                    advance()
                    continue
                }
                try expect("}")
                return .object(entries)
            case .string(let parts):
                advance()
                key = .computed(try stringFilter(parts, format: nil))
            case .format(let name):
                advance()
                guard case .string(let parts) = current else { throw unexpected() }
                advance()
                key = .computed(try stringFilter(parts, format: name))
            case .number(let n):
                throw JQCompileError(
                    message: "syntax error, unexpected LITERAL (Unix shell quoting issues?)" + (n.isNaN ? "" : ""))
            case .symbol("("):
                advance()
                let inner = try parsePipe()
                try expect(")")
                key = .computed(inner)
            default:
                throw unexpected()
            }
            var value: JQFilter?
            if current == .symbol(":") {
                advance()
                value = try parseObjectValue()
            }
            entries.append((key, value))
            if current == .symbol(",") {
                advance()
                continue
            }
            try expect("}")
            return .object(entries)
        }
    }

    /// An object value: terms joined by `|`, without a top-level comma.
    private mutating func parseObjectValue() throws(JQCompileError) -> JQFilter {
        let left = try parseAlternative()
        if current == .symbol("|") {
            advance()
            return .pipe(left, try parseObjectValue())
        }
        return left
    }

    private func stringFilter(_ parts: [JQRawPart], format: String?) throws(JQCompileError) -> JQFilter {
        var result: [JQStringPart] = []
        for part in parts {
            switch part {
            case .text(let text): result.append(.text(text))
            case .source(let source): result.append(.interpolation(try JQParser.parse(source)))
            }
        }
        if format == nil, result.count == 1, case .text(let text) = result[0] { return .literal(.string(text)) }
        return .string(result, format: format)
    }
}
