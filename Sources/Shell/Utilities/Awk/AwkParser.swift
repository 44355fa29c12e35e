/// A recursive-descent parser for awk programs, following the POSIX grammar's precedence.
struct AwkParser {
    private var tokens: [AwkToken]
    private var position = 0
    /// Inside `print`'s argument list, `>` redirects instead of comparing.
    private var noGreater = false
    private var noIn = false

    init(_ source: String) throws(AwkSyntaxError) {
        var lexer = AwkLexer(source)
        tokens = try lexer.tokens()
    }

    private var current: AwkToken { tokens[position] }
    private var kind: AwkToken.Kind { tokens[position].kind }

    private mutating func advance() { if position < tokens.count - 1 { position += 1 } }

    private func isSymbol(_ s: String) -> Bool { kind == .symbol(s) }
    private func isKeyword(_ s: String) -> Bool { kind == .keyword(s) }

    private func fail() -> AwkSyntaxError {
        if kind == .end {
            return AwkSyntaxError(
                line: current.line, column: current.column, detail: "unexpected newline or end of string")
        }
        return AwkSyntaxError(line: current.line, column: current.column)
    }

    private mutating func expect(_ symbol: String) throws(AwkSyntaxError) {
        guard isSymbol(symbol) else { throw fail() }
        advance()
    }

    private mutating func skipNewlines() {
        while kind == .newline { advance() }
    }

    private mutating func skipTerminators() {
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

    private mutating func parseBlock() throws(AwkSyntaxError) -> [AwkStatement] {
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
    private mutating func endSimple() throws(AwkSyntaxError) {
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

    private mutating func parseExpressionList(until close: String) throws(AwkSyntaxError) -> [AwkExpression] {
        var items = [try parseExpression()]
        while isSymbol(",") {
            advance()
            skipNewlines()
            items.append(try parseExpression())
        }
        try expect(close)
        return items
    }

    private var depth = 0

    mutating func parseExpression() throws(AwkSyntaxError) -> AwkExpression {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw AwkSyntaxError(line: current.line, column: current.column, detail: "expression nested too deeply") }
        let left = try parseTernary()
        if case .symbol(let op) = kind, ["=", "+=", "-=", "*=", "/=", "%=", "^=", "**="].contains(op) {
            switch left {
            case .variable, .field, .element: break
            default: throw fail()
            }
            advance()
            skipNewlines()
            return .assign(left, op == "**=" ? "^=" : op, try parseExpression())
        }
        return left
    }

    private mutating func parseTernary() throws(AwkSyntaxError) -> AwkExpression {
        let condition = try parseOr()
        guard isSymbol("?") else { return condition }
        advance()
        skipNewlines()
        let yes = try parseTernary()
        skipNewlines()
        try expect(":")
        skipNewlines()
        return .conditional(condition, yes, try parseTernary())
    }

    private mutating func parseOr() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseAnd()
        while isSymbol("||") {
            advance()
            skipNewlines()
            left = .or(left, try parseAnd())
        }
        return left
    }

    private mutating func parseAnd() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseIn()
        while isSymbol("&&") {
            advance()
            skipNewlines()
            left = .and(left, try parseIn())
        }
        return left
    }

    private mutating func parseIn() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseMatch()
        while !noIn, isKeyword("in") {
            advance()
            guard case .name(let array) = kind else { throw fail() }
            advance()
            if case .grouping(let items) = left {
                left = .membership(items, array)
            } else {
                left = .membership([left], array)
            }
        }
        return left
    }

    private mutating func parseMatch() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseComparison()
        while isSymbol("~") || isSymbol("!~") {
            let negated = isSymbol("!~")
            advance()
            left = .match(left, try parseComparison(), negated: negated)
        }
        return left
    }

    private mutating func parseComparison() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseConcatenation()
        while isSymbol("|"), tokens[position + 1].kind == .keyword("getline") {
            position += 2
            var target: AwkExpression?
            switch kind {
            case .name, .symbol("$"): target = try parsePrimary()
            default: break
            }
            left = .getline(target, from: .command(left))
        }
        if case .symbol(let op) = kind, ["<", "<=", "!=", "==", ">=", ">"].contains(op), !(op == ">" && noGreater) {
            advance()
            return .binary(op, left, try parseConcatenation())
        }
        return left
    }

    private mutating func parseConcatenation() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseAdditive()
        while startsOperand {
            left = .concat(left, try parseAdditive())
        }
        return left
    }

    /// Whether the current token can begin an operand that concatenates with what came before.
    private var startsOperand: Bool {
        switch kind {
        case .number, .string, .regex, .name, .functionName, .builtin: return true
        case .keyword(let word): return word == "getline"
        case .symbol(let s): return s == "$" || s == "(" || s == "++" || s == "--"
        default: return false
        }
    }

    private mutating func parseAdditive() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseMultiplicative()
        while case .symbol(let op) = kind, op == "+" || op == "-" {
            advance()
            left = .binary(op, left, try parseMultiplicative())
        }
        return left
    }

    private mutating func parseMultiplicative() throws(AwkSyntaxError) -> AwkExpression {
        var left = try parseUnary()
        while case .symbol(let op) = kind, op == "*" || op == "/" || op == "%" {
            advance()
            left = .binary(op, left, try parseUnary())
        }
        return left
    }

    private mutating func parseUnary() throws(AwkSyntaxError) -> AwkExpression {
        if isSymbol("!") {
            advance()
            return .not(try parseUnary())
        }
        if isSymbol("-") {
            advance()
            return .negate(try parseUnary())
        }
        if isSymbol("+") {
            advance()
            return .plus(try parseUnary())
        }
        return try parsePower()
    }

    private mutating func parsePower() throws(AwkSyntaxError) -> AwkExpression {
        let base = try parsePostfix()
        if isSymbol("^") || isSymbol("**") {
            advance()
            let exponent = isSymbol("-") ? try parseUnary() : try parsePowerOperand()
            return .binary("^", base, exponent)
        }
        return base
    }

    private mutating func parsePowerOperand() throws(AwkSyntaxError) -> AwkExpression {
        if isSymbol("-") || isSymbol("+") || isSymbol("!") { return try parseUnary() }
        return try parsePower()
    }

    private mutating func parsePostfix() throws(AwkSyntaxError) -> AwkExpression {
        if isSymbol("++") || isSymbol("--") {
            let delta: Double = isSymbol("++") ? 1 : -1
            advance()
            let target = try parsePostfix()
            return .increment(target, delta: delta, prefix: true)
        }
        let primary = try parsePrimary()
        switch primary {
        case .variable, .field, .element:
            if isSymbol("++") || isSymbol("--") {
                let delta: Double = isSymbol("++") ? 1 : -1
                advance()
                return .increment(primary, delta: delta, prefix: false)
            }
        default: break
        }
        return primary
    }

    private mutating func parsePrimary() throws(AwkSyntaxError) -> AwkExpression {
        let token = current
        switch token.kind {
        case .number(let n):
            advance()
            return .number(n)
        case .string(let s):
            advance()
            return .string(s)
        case .regex(let r):
            advance()
            return .regex(r)
        case .symbol("$"):
            advance()
            if isSymbol("++") || isSymbol("--") { return .field(try parsePostfix()) }
            if isSymbol("-") {
                advance()
                return .field(.negate(try parsePrimary()))
            }
            return .field(try parsePrimary())
        case .symbol("("):
            advance()
            let savedGreater = noGreater
            let savedIn = noIn
            noGreater = false
            noIn = false
            defer {
                noGreater = savedGreater
                noIn = savedIn
            }
            var items = [try parseExpression()]
            while isSymbol(",") {
                advance()
                skipNewlines()
                items.append(try parseExpression())
            }
            try expect(")")
            return items.count == 1 ? items[0] : .grouping(items)
        case .name(let name):
            advance()
            if isSymbol("[") {
                advance()
                return .element(name, try parseExpressionList(until: "]"))
            }
            return .variable(name)
        case .functionName(let name):
            advance()
            try expect("(")
            if isSymbol(")") {
                advance()
                return .call(name, [])
            }
            return .call(name, try parseExpressionList(until: ")"))
        case .builtin(let name):
            advance()
            guard isSymbol("(") else {
                if name == "length" { return .builtin("length", []) }
                throw fail()
            }
            advance()
            if isSymbol(")") {
                advance()
                return .builtin(name, [])
            }
            return .builtin(name, try parseExpressionList(until: ")"))
        case .keyword("getline"):
            advance()
            var target: AwkExpression?
            switch kind {
            case .name, .symbol("$"): target = try parsePrimary()
            default: break
            }
            if isSymbol("<") {
                advance()
                return .getline(target, from: .file(try parsePrimary()))
            }
            return .getline(target, from: nil)
        default:
            throw fail()
        }
    }
}
