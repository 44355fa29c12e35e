/// The expression half of the awk parser: precedence levels from assignment down to primaries.
extension AwkParser {
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

    mutating func parseConcatenation() throws(AwkSyntaxError) -> AwkExpression {
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
