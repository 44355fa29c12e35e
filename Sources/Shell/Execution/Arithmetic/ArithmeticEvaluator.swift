/// Evaluates bash's arithmetic (`$((...))`, `[[ a -lt b ]]` operands) over 64-bit integers that
/// wrap as bash's do, reading and assigning shell variables through `variables`.
///
/// A recursive-descent parser that evaluates as it reads; the side not taken by `&&`, `||` and
/// `?:` is parsed without effects, as bash does. Errors carry bash's message.
struct ArithmeticEvaluator {
    /// Reads and writes variables; a variable's value is itself evaluated as an expression.
    var lookup: (String) -> String?
    var assign: (String, Int64) -> Void
    /// `set -u`: reading an unset variable is an error rather than 0.
    var unsetIsError = false

    private var text: [Unicode.Scalar] = []
    private var position = 0
    /// Where the last token read starts: bash's "error token" is the text from there on.
    private var lastTokenStart = 0
    private var evaluating = true
    private var depth = 0

    init(lookup: @escaping (String) -> String?, assign: @escaping (String, Int64) -> Void) {
        self.lookup = lookup
        self.assign = assign
    }

    /// The value of `expression`; an empty expression is 0.
    mutating func evaluate(_ expression: String) throws(ArithmeticError) -> Int64 {
        text = Array(expression.unicodeScalars)
        position = 0
        lastTokenStart = 0
        skipBlanks()
        if position == text.count { return 0 }
        let value = try comma()
        skipBlanks()
        if position < text.count {
            lastTokenStart = position
            throw error(peekOperator() == nil && !isOperandStart ? "syntax error: invalid arithmetic operator" : "syntax error in expression")
        }
        return value
    }

    // MARK: Precedence levels, lowest first.

    private mutating func comma() throws(ArithmeticError) -> Int64 {
        var value = try assignment()
        while take(",") { value = try assignment() }
        return value
    }

    private mutating func assignment() throws(ArithmeticError) -> Int64 {
        let start = position
        skipBlanks()
        if let name = readName() {
            skipBlanks()
            for op in ["=", "*=", "/=", "%=", "+=", "-=", "<<=", ">>=", "&=", "^=", "|="]
            where matches(op) && !(op == "=" && matches("==")) {
                lastTokenStart = position
                position += op.unicodeScalars.count
                let right = try assignment()
                var value = right
                if op != "=" {
                    let current = try variable(name)
                    value = try binary(String(op.dropLast()), current, right)
                }
                if evaluating { assign(name, value) }
                return value
            }
        }
        position = start
        return try conditional()
    }

    private mutating func conditional() throws(ArithmeticError) -> Int64 {
        let condition = try binaryLevel(0)
        guard take("?") else { return condition }
        let saved = evaluating
        evaluating = saved && condition != 0
        let yes = try assignment()
        guard take(":") else { throw error("`:' expected for conditional expression") }
        evaluating = saved && condition == 0
        let no = try assignment()
        evaluating = saved
        return condition != 0 ? yes : no
    }

    /// Binary operators by level, loosest first (`**` is handled apart: it binds right).
    private static let levels: [[String]] = [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<=", ">=", "<", ">"], ["<<", ">>"], ["+", "-"],
        ["*", "/", "%"],
    ]

    private mutating func binaryLevel(_ level: Int) throws(ArithmeticError) -> Int64 {
        guard level < Self.levels.count else { return try power() }
        var value = try binaryLevel(level + 1)
        while let op = takeOperator(Self.levels[level]) {
            if op == "&&" || op == "||" {
                let saved = evaluating
                if (op == "&&") == (value == 0) { evaluating = false }
                let right = try binaryLevel(level + 1)
                evaluating = saved
                value = op == "&&" ? (value != 0 && right != 0 ? 1 : 0) : (value != 0 || right != 0 ? 1 : 0)
            } else {
                let right = try binaryLevel(level + 1)
                value = try binary(op, value, right)
            }
        }
        return value
    }

    private mutating func power() throws(ArithmeticError) -> Int64 {
        let base = try unary()
        guard takeOperator(["**"]) != nil else { return base }
        let exponent = try power()
        return try binary("**", base, exponent)
    }

    private mutating func unary() throws(ArithmeticError) -> Int64 {
        depth += 1
        defer { depth -= 1 }
        guard depth < 200 else { throw error("expression recursion level exceeded") }
        skipBlanks()
        for op in ["++", "--"] where matches(op) {
            lastTokenStart = position
            position += 2
            skipBlanks()
            guard let name = readName() else { throw error("syntax error: operand expected") }
            let value = try variable(name) &+ (op == "++" ? 1 : -1)
            if evaluating { assign(name, value) }
            return value
        }
        if let op = takeOperator(["-", "+", "!", "~"]) {
            let value = try unary()
            switch op {
            case "-": return 0 &- value
            case "!": return value == 0 ? 1 : 0
            case "~": return ~value
            default: return value
            }
        }
        return try operand()
    }

    private mutating func operand() throws(ArithmeticError) -> Int64 {
        skipBlanks()
        if position < text.count { lastTokenStart = position }
        if take("(") {
            let value = try comma()
            guard take(")") else { throw error("missing `)'") }
            return value
        }
        if let name = readName() {
            let value = try variable(name)
            skipBlanks()
            for op in ["++", "--"] where matches(op) {
                position += 2
                if evaluating { assign(name, value &+ (op == "++" ? 1 : -1)) }
            }
            return value
        }
        if let c = current, ("0"..."9").contains(c) { return try number() }
        throw error("syntax error: operand expected")
    }

    // MARK: Values.

    private mutating func number() throws(ArithmeticError) -> Int64 {
        let start = position
        while let c = current, c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "#" || c == "_" || c == "@" {
            position += 1
        }
        let literal = String(String.UnicodeScalarView(text[start..<position]))
        guard let value = Self.integer(literal) else {
            lastTokenStart = start
            throw error("value too great for base")
        }
        return value
    }

    /// A constant as bash reads it: decimal, `0x` hex, leading-`0` octal, or `BASE#DIGITS`.
    static func integer(_ literal: String) -> Int64? {
        var base: Int64 = 10
        var digits = Substring(literal)
        if let hash = literal.firstIndex(of: "#") {
            guard let b = Int64(literal[..<hash]), (2...64).contains(b) else { return nil }
            base = b
            digits = literal[literal.index(after: hash)...]
        } else if literal.lowercased().hasPrefix("0x") {
            base = 16
            digits = literal.dropFirst(2)
        } else if literal.hasPrefix("0"), literal.count > 1 {
            base = 8
            digits = literal.dropFirst()
        }
        guard !digits.isEmpty else { return base == 16 ? nil : 0 }
        var value: Int64 = 0
        for c in digits.unicodeScalars {
            let digit: Int64
            switch c {
            case "0"..."9": digit = Int64(c.value - 48)
            case "a"..."z": digit = Int64(c.value - 97) + 10
            case "A"..."Z": digit = Int64(c.value - 65) + (base <= 36 ? 10 : 36)
            case "@": digit = 62
            case "_": digit = 63
            default: return nil
            }
            guard digit < base else { return nil }
            value = value &* base &+ digit
        }
        return value
    }

    private mutating func variable(_ name: String) throws(ArithmeticError) -> Int64 {
        guard let found = lookup(name) else {
            if unsetIsError, evaluating {
                throw ArithmeticError(message: "\(name.prefix { $0 != "[" }): unbound variable", unbound: true)
            }
            return 0
        }
        let raw = found.trimmingBlanks
        guard !raw.isEmpty else { return 0 }
        if let value = Self.integer(raw) { return value }
        var nested = ArithmeticEvaluator(lookup: lookup, assign: assign)
        nested.unsetIsError = unsetIsError
        nested.depth = depth + 10
        guard nested.depth < 200 else { throw error("expression recursion level exceeded") }
        return try nested.evaluate(raw)
    }

    private func binary(_ op: String, _ left: Int64, _ right: Int64) throws(ArithmeticError) -> Int64 {
        switch op {
        case "+": return left &+ right
        case "-": return left &- right
        case "*": return left &* right
        case "/", "%":
            if right == 0 {
                guard !evaluating else { throw error("division by 0") }
                return 0
            }
            if left == .min && right == -1 { return op == "/" ? .min : 0 }
            return op == "/" ? left / right : left % right
        case "**":
            guard right >= 0 else { throw error("exponent less than 0") }
            var result: Int64 = 1
            for _ in 0..<min(right, 64) { result = result &* left }
            if right > 64, left != 0, left != 1, left != -1 {
                var value: Int64 = 1
                var count = right
                var factor = left
                while count > 0 {
                    if count & 1 == 1 { value = value &* factor }
                    factor = factor &* factor
                    count >>= 1
                }
                return value
            }
            return result
        case "<<": return left << (right & 63)
        case ">>": return left >> (right & 63)
        case "<": return left < right ? 1 : 0
        case ">": return left > right ? 1 : 0
        case "<=": return left <= right ? 1 : 0
        case ">=": return left >= right ? 1 : 0
        case "==": return left == right ? 1 : 0
        case "!=": return left != right ? 1 : 0
        case "&": return left & right
        case "^": return left ^ right
        case "|": return left | right
        default: return 0
        }
    }

    // MARK: Reading.

    private var current: Unicode.Scalar? { position < text.count ? text[position] : nil }

    private var isOperandStart: Bool {
        guard let c = current else { return false }
        return c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c) || c == "("
    }

    private mutating func skipBlanks() {
        while let c = current, c == " " || c == "\t" || c == "\n" { position += 1 }
    }

    private func matches(_ op: String) -> Bool {
        let scalars = Array(op.unicodeScalars)
        guard position + scalars.count <= text.count else { return false }
        return Array(text[position..<(position + scalars.count)]) == scalars
    }

    private mutating func take(_ op: String) -> Bool {
        skipBlanks()
        guard matches(op) else { return false }
        lastTokenStart = position
        position += op.unicodeScalars.count
        return true
    }

    /// Every operator bash knows, longest first, to tell `<` from `<<` and `<=`.
    private static let allOperators = [
        "<<=", ">>=", "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "++", "--", "*=", "/=", "%=", "+=",
        "-=", "&=", "^=", "|=", "+", "-", "*", "/", "%", "<", ">", "&", "^", "|", "!", "~", "=", "?", ":", ",",
        "(", ")",
    ]

    private func peekOperator() -> String? { Self.allOperators.first { matches($0) } }

    /// Takes the next operator when it is one of `ops` (and not a longer operator starting alike).
    private mutating func takeOperator(_ ops: [String]) -> String? {
        skipBlanks()
        guard let op = peekOperator(), ops.contains(op) else { return nil }
        lastTokenStart = position
        position += op.unicodeScalars.count
        return op
    }

    /// A variable's name, with its subscript when one follows (`a[b[1]+1]`, which `lookup` and
    /// `assign` read as an array element).
    private mutating func readName() -> String? {
        guard let c = current, c == "_" || (c.isASCII && c.properties.isAlphabetic) else { return nil }
        let start = position
        while let c = current, c == "_" || (c.isASCII && (c.properties.isAlphabetic || ("0"..."9").contains(c))) {
            position += 1
        }
        if current == "[", let close = ShellLexer.closingBracket(text, from: position) { position = close + 1 }
        lastTokenStart = start
        return String(String.UnicodeScalarView(text[start..<position]))
    }


    private func error(_ message: String) -> ArithmeticError {
        let expression = String(String.UnicodeScalarView(text.drop { $0 == " " || $0 == "\t" || $0 == "\n" }))
        let token = String(String.UnicodeScalarView(text[min(lastTokenStart, text.count)...]))
        return ArithmeticError(message: "\(expression): \(message) (error token is \"\(token)\")")
    }
}

/// An arithmetic error: bash's message after `bash: `.
struct ArithmeticError: Error {
    var message: String
    /// `set -u` refused an unset variable: the whole line is abandoned, as for `$NAME`.
    var unbound = false
}
