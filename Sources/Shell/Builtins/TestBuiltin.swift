import Kubectl

/// `test EXPRESSION` and `[ EXPRESSION ]`: POSIX's rules by argument count, then bash's
/// grammar with `!`, `-a`, `-o` and parentheses. Status 0 true, 1 false, 2 on a usage error.
struct TestBuiltin: ShellCommand {
    /// True for `[`, which needs a closing `]`.
    let bracket: Bool

    func run(_ context: CommandContext) -> Int32 {
        let name = bracket ? "[" : "test"
        let session = context.session
        // dash names the line (`sh: 1: [: `); busybox's applet keeps bash's words here.
        let prefix = session.flavour == .dash ? session.shellMessagePrefix() : "bash: "
        var arguments = Array(context.arguments.dropFirst())
        if bracket {
            guard arguments.last == "]" else {
                context.io.err(prefix + (session.flavour == .dash ? "[: missing ]\n" : "[: missing `]'\n"))
                return 2
            }
            arguments.removeLast()
        }
        // dash's `testcmd`: with no `==` operator, three words leave two after the first
        // operand, which `syntax(argv[0], "unexpected operator")` reports.
        if !session.dialect.testDoubleEquals, arguments.count == 3, arguments[1] == "==" {
            context.io.err(prefix + "\(name): \(arguments[0]): unexpected operator\n")
            return 2
        }
        var parser = TestParser(arguments: arguments, primitives: TestPrimitives(session: session))
        do {
            return try parser.evaluate() ? 0 : 1
        } catch {
            context.io.err(prefix + "\(name): \(error.message)\n")
            return 2
        }
    }
}

/// Why `test` could not evaluate its arguments, in bash's words.
struct TestError: Error {
    var message: String
}

/// Evaluates `test`'s arguments.
struct TestParser {
    let arguments: [String]
    let primitives: TestPrimitives
    private var position = 0

    init(arguments: [String], primitives: TestPrimitives) {
        self.arguments = arguments
        self.primitives = primitives
    }

    mutating func evaluate() throws(TestError) -> Bool {
        let a = arguments
        switch a.count {
        case 0: return false
        case 1: return !a[0].isEmpty
        case 2:
            if a[0] == "!" { return a[1].isEmpty }
            return try unary(a[0], a[1])
        case 3:
            if TestPrimitives.binaryOperators.contains(a[1]) || a[1] == "-a" || a[1] == "-o" {
                return try binary(a[1], a[0], a[2])
            }
            if a[0] == "!" { return !(try sub(Array(a[1...]))) }
            if a[0] == "(" && a[2] == ")" { return !a[1].isEmpty }
            throw TestError(message: "\(a[1]): binary operator expected")
        case 4:
            if a[0] == "!" { return !(try sub(Array(a[1...]))) }
            if a[0] == "(" && a[3] == ")" {
                return try sub(Array(a[1...2]))
            }
            fallthrough
        default:
            let value = try orExpression()
            guard position == arguments.count else { throw TestError(message: "too many arguments") }
            return value
        }
    }

    /// The value of a shorter argument list, by the same rules.
    private func sub(_ arguments: [String]) throws(TestError) -> Bool {
        var parser = TestParser(arguments: arguments, primitives: primitives)
        return try parser.evaluate()
    }

    private mutating func unary(_ op: String, _ operand: String) throws(TestError) -> Bool {
        guard TestPrimitives.unaryOperators.contains(op) else { throw TestError(message: "\(op): unary operator expected") }
        return primitives.unary(op, operand)
    }

    private func binary(_ op: String, _ left: String, _ right: String) throws(TestError) -> Bool {
        switch op {
        case "-a": return !left.isEmpty && !right.isEmpty
        case "-o": return !left.isEmpty || !right.isEmpty
        default: break
        }
        guard TestPrimitives.integerOperators.contains(op) else { return primitives.binary(op, left, right) }
        return TestPrimitives.compare(op, try Self.integer(left), try Self.integer(right))
    }

    /// An integer as `test` reads one: optional blanks and sign, then decimal digits.
    static func integer(_ text: String) throws(TestError) -> Int64 {
        var trimmed = Substring(text.trimmingBlanks)
        var negative = false
        if let sign = trimmed.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            trimmed = trimmed.dropFirst()
        }
        guard !trimmed.isEmpty, trimmed.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int64(trimmed) else {
            throw TestError(message: "\(text): integer expression expected")
        }
        return negative ? -value : value
    }

    // bash's grammar for five or more arguments: or := and { -o and }, and := term { -a term }.

    private mutating func orExpression() throws(TestError) -> Bool {
        var value = try andExpression()
        while position < arguments.count, arguments[position] == "-o" {
            position += 1
            let right = try andExpression()
            value = value || right
        }
        return value
    }

    private mutating func andExpression() throws(TestError) -> Bool {
        var value = try term()
        while position < arguments.count, arguments[position] == "-a" {
            position += 1
            let right = try term()
            value = value && right
        }
        return value
    }

    private mutating func term() throws(TestError) -> Bool {
        guard position < arguments.count else { throw TestError(message: "argument expected") }
        let word = arguments[position]
        if word == "!" {
            position += 1
            return !(try term())
        }
        if word == "(" {
            position += 1
            let value = try orExpression()
            guard position < arguments.count, arguments[position] == ")" else {
                throw TestError(message: "`)' expected")
            }
            position += 1
            return value
        }
        if position + 2 < arguments.count {
            let op = arguments[position + 1]
            if TestPrimitives.binaryOperators.contains(op) {
                position += 3
                return try binary(op, word, arguments[position - 1])
            }
        }
        if TestPrimitives.unaryOperators.contains(word), position + 1 < arguments.count {
            position += 2
            return primitives.unary(word, arguments[position - 1])
        }
        position += 1
        return !word.isEmpty
    }
}
