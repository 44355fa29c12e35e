/// A recursive-descent parser for awk programs, following the POSIX grammar's precedence.
struct AwkParser {
    var tokens: [AwkToken]
    var position = 0
    /// Inside `print`'s argument list, `>` redirects instead of comparing.
    var noGreater = false
    var noIn = false
    /// How deeply expressions nest, bounded so hostile input cannot exhaust the stack.
    var depth = 0

    init(_ source: String) throws(AwkSyntaxError) {
        var lexer = AwkLexer(source)
        tokens = try lexer.tokens()
    }

    var current: AwkToken { tokens[position] }
    var kind: AwkToken.Kind { tokens[position].kind }

    mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
    func isKeyword(_ s: String) -> Bool { kind == .keyword(s) }

    func fail() -> AwkSyntaxError {
        if kind == .end {
            return AwkSyntaxError(
                line: current.line, column: current.column, detail: "unexpected newline or end of string")
        }
        return AwkSyntaxError(line: current.line, column: current.column)
    }

    mutating func expect(_ symbol: String) throws(AwkSyntaxError) {
        guard isSymbol(symbol) else { throw fail() }
        advance()
    }

    mutating func skipNewlines() {
        while kind == .newline { advance() }
    }

    mutating func skipTerminators() {
        while kind == .newline || isSymbol(";") { advance() }
    }

    mutating func parseProgram() throws(AwkSyntaxError) -> AwkProgram {
        var program = AwkProgram()
        skipTerminators()
        while kind != .end {
            if isKeyword("function") {
                advance()
                let name: String
                switch kind {
                case .name(let n), .functionName(let n): name = n
                default: throw fail()
                }
                advance()
                try expect("(")
                var parameters: [String] = []
                while case .name(let parameter) = kind {
                    parameters.append(parameter)
                    advance()
                    if isSymbol(",") {
                        advance()
                        skipNewlines()
                    }
                }
                try expect(")")
                skipNewlines()
                program.functions[name] = AwkFunction(parameters: parameters, body: try parseBlock())
            } else if isKeyword("BEGIN") || isKeyword("END") {
                let pattern: AwkPattern = isKeyword("BEGIN") ? .begin : .end
                advance()
                skipNewlines()
                guard isSymbol("{") else { throw fail() }
                program.rules.append(AwkRule(pattern: pattern, action: try parseBlock()))
            } else if isSymbol("{") {
                program.rules.append(AwkRule(pattern: .always, action: try parseBlock()))
            } else {
                let first = try parseExpression()
                var pattern = AwkPattern.expression(first)
                if isSymbol(",") {
                    advance()
                    skipNewlines()
                    pattern = .range(first, try parseExpression())
                }
                program.rules.append(AwkRule(pattern: pattern, action: isSymbol("{") ? try parseBlock() : nil))
            }
            guard
                kind == .newline || isSymbol(";") || kind == .end || isSymbol("{") || isKeyword("BEGIN")
                    || isKeyword("END") || isKeyword("function") || previousWasBrace
            else { throw fail() }
            skipTerminators()
        }
        return program
    }

    private var previousWasBrace: Bool { position > 0 && tokens[position - 1].kind == .symbol("}") }

    mutating func parseBlock() throws(AwkSyntaxError) -> [AwkStatement] {
        try expect("{")
        var statements: [AwkStatement] = []
        skipTerminators()
        while !isSymbol("}") {
            guard kind != .end else { throw fail() }
            statements.append(try parseStatement())
            skipTerminators()
        }
        advance()
        return statements
    }

    /// Ends a simple statement: `;`, a newline, or a `}` that follows.
    mutating func endSimple() throws(AwkSyntaxError) {
        if isSymbol(";") || kind == .newline {
            advance()
        } else if !isSymbol("}") && kind != .end {
            throw fail()
        }
    }

    private mutating func parseStatement() throws(AwkSyntaxError) -> AwkStatement {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw AwkSyntaxError(line: current.line, column: current.column, detail: "statements nested too deeply") }
        if isSymbol("{") { return .block(try parseBlock()) }
        if isSymbol(";") {
            advance()
            return .block([])
        }
        if case .keyword(let word) = kind {
            switch word {
            case "if":
                advance()
                try expect("(")
                let condition = try parseExpression()
                try expect(")")
                skipNewlines()
                let then = try parseStatement()
                let save = position
                skipTerminators()
                if isKeyword("else") {
                    advance()
                    skipNewlines()
                    return .ifElse(condition, then, try parseStatement())
                }
                position = save
                return .ifElse(condition, then, nil)
            case "while":
                advance()
                try expect("(")
                let condition = try parseExpression()
                try expect(")")
                if isSymbol(";") {
                    advance()
                    return .whileLoop(condition, .block([]))
                }
                skipNewlines()
                return .whileLoop(condition, try parseStatement())
            case "do":
                advance()
                skipNewlines()
                let body = try parseStatement()
                skipTerminators()
                guard isKeyword("while") else { throw fail() }
                advance()
                try expect("(")
                let condition = try parseExpression()
                try expect(")")
                try endSimple()
                return .doWhile(body, condition)
            case "for":
                advance()
                try expect("(")
                if case .name(let key) = kind, tokens[position + 1].kind == .keyword("in"),
                    case .name(let array) = tokens[position + 2].kind, tokens[position + 3].kind == .symbol(")")
                {
                    position += 4
                    skipNewlines()
                    return .forIn(key, array, try parseStatement())
                }
                let initial = isSymbol(";") ? nil : AwkStatement.expression(try parseExpression())
                try expect(";")
                skipNewlines()
                let condition = isSymbol(";") ? nil : try parseExpression()
                try expect(";")
                skipNewlines()
                let step = isSymbol(")") ? nil : AwkStatement.expression(try parseExpression())
                try expect(")")
                if isSymbol(";") {
                    advance()
                    return .forLoop(initial, condition, step, .block([]))
                }
                skipNewlines()
                return .forLoop(initial, condition, step, try parseStatement())
            default: break
            }
        }
        let statement = try parseSimpleStatement()
        try endSimple()
        return statement
    }

    private mutating func parseSimpleStatement() throws(AwkSyntaxError) -> AwkStatement {
        guard case .keyword(let word) = kind else { return .expression(try parseExpression()) }
        switch word {
        case "print", "printf":
            advance()
            var arguments: [AwkExpression] = []
            let saved = noGreater
            noGreater = true
            defer { noGreater = saved }
            if !(isSymbol(";") || isSymbol("}") || kind == .newline || kind == .end || isSymbol(">")
                || isSymbol(">>") || isSymbol("|"))
            {
                arguments.append(try parseExpression())
                while isSymbol(",") {
                    advance()
                    skipNewlines()
                    arguments.append(try parseExpression())
                }
            }
            if arguments.count == 1, case .grouping(let items) = arguments[0] { arguments = items }
            var redirect: AwkRedirect?
            if case .symbol(let op) = kind, op == ">" || op == ">>" || op == "|" {
                advance()
                noGreater = true
                redirect = AwkRedirect(op: op, target: try parseConcatenation())
            }
            if word == "printf" && arguments.isEmpty { throw fail() }
            return word == "print" ? .print(arguments, redirect: redirect) : .printf(arguments, redirect: redirect)
        case "next":
            advance()
            return .next
        case "nextfile":
            advance()
            return .nextFile
        case "break":
            advance()
            return .breakLoop
        case "continue":
            advance()
            return .continueLoop
        case "exit", "return":
            advance()
            let value = isSymbol(";") || isSymbol("}") || kind == .newline || kind == .end ? nil : try parseExpression()
            return word == "exit" ? .exit(value) : .returnValue(value)
        case "delete":
            advance()
            guard case .name(let name) = kind else { throw fail() }
            advance()
            if isSymbol("[") {
                advance()
                let subscripts = try parseExpressionList(until: "]")
                return .delete(name, subscripts)
            }
            return .delete(name, nil)
        default:
            return .expression(try parseExpression())
        }
    }

    mutating func parseExpressionList(until close: String) throws(AwkSyntaxError) -> [AwkExpression] {
        var items = [try parseExpression()]
        while isSymbol(",") {
            advance()
            skipNewlines()
            items.append(try parseExpression())
        }
        try expect(close)
        return items
    }
}
