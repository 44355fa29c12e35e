import Kubectl

/// `test EXPRESSION`, `[ EXPRESSION ]` and busybox ash's `[[ EXPRESSION ]]`, as the shell
/// running them has them: bash's (POSIX's rules by argument count, then its grammar with `!`,
/// `-a`, `-o` and parentheses), dash's (`DashTestExpression`) or busybox's
/// (`BusyboxTestExpression`). Status 0 true, 1 false, 2 on a usage error.
struct TestBuiltin: ShellCommand {
    /// The closing word the form needs: `]` for `[`, `]]` for `[[`, none for `test`.
    let closing: String?

    func run(_ context: CommandContext) -> Int32 {
        let name = context.arguments[0]
        let session = context.session
        var arguments = Array(context.arguments.dropFirst())
        switch session.flavour {
        case .dash:
            // `testcmd`: `missing ]` unless the last word starts with `]`; errors as dash raises them.
            let prefix = session.shellMessagePrefix(builtin: name)
            if closing != nil {
                guard arguments.last?.first == "]" else {
                    context.io.err(prefix + "missing ]\n")
                    return 2
                }
                arguments.removeLast()
            }
            var expression = DashTestExpression(arguments, primitives: TestPrimitives(session: session))
            do throws(DashTestExpression.Failure) {
                return try expression.evaluate() ? 0 : 1
            } catch {
                context.io.err(prefix + error.message + "\n")
                return 2
            }
        case .ash:
            // `test_main`'s messages go out under busybox's applet name, the shell's own.
            let prefix = session.appletName + ": "
            if let closing {
                guard arguments.last == closing else {
                    context.io.err(prefix + "missing \(closing)\n")
                    return 2
                }
                arguments.removeLast()
            }
            var expression = BusyboxTestExpression(
                arguments, doubleBrackets: closing == "]]", primitives: TestPrimitives(session: session))
            let (status, message) = expression.status()
            if let message { context.io.err(prefix + message + "\n") }
            return status
        case .bash:
            return bashTest(name, arguments, context)
        }
    }

    private func bashTest(_ name: String, _ words: [String], _ context: CommandContext) -> Int32 {
        var arguments = words
        if closing != nil {
            guard arguments.last == "]" else {
                context.io.err("bash: [: missing `]'\n")
                return 2
            }
            arguments.removeLast()
        }
        var parser = TestParser(arguments: arguments, primitives: TestPrimitives(session: context.session))
        do {
            return try parser.evaluate() ? 0 : 1
        } catch {
            context.io.err("bash: \(name): \(error.message)\n")
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
