/// `$((...))` in a container's script, once its `$` expansions are done: C's integer operators
/// over 64-bit numbers (decimal, `0x` hex, `0` octal) and variables, with C's precedence and
/// parentheses, `? :`, `&&` and `||` evaluated only as far as needed, assignments (`=`, `+=`,
/// ...), and, in bash and busybox ash, `**` and `,`. A variable holding an expression is
/// evaluated in turn by bash and ash; dash takes only a number there.
///
/// What this reader does not follow (`++`, a division by zero, a syntax error, which each shell
/// reports its own way) gives nil. Variables are read even where their value is not used.
struct ScriptArithmetic {
    /// What the shell's arithmetic takes beyond POSIX.
    struct Dialect {
        /// `**` and `,` (bash, busybox ash).
        var extended: Bool
        /// A variable whose value is an expression is evaluated (bash, busybox ash).
        var nestedValues: Bool
        /// An unset variable is an error (bash's `set -u`); otherwise it is 0.
        var unsetFails = false
        /// A division by zero fails even where `&&`, `||` or `?:` leave it unevaluated (busybox ash).
        var divisionAlwaysChecked = false
    }

    private var tokens: [String]
    private var position = 0
    private let dialect: Dialect
    private let depth: Int

    /// The value of `expression` with `variables`, which assignments in it change.
    static func evaluate(_ expression: String, variables: inout [String: String], dialect: Dialect) -> Int? {
        evaluate(expression, variables: &variables, dialect: dialect, depth: 0)
    }

    private static func evaluate(
        _ expression: String, variables: inout [String: String], dialect: Dialect, depth: Int
    ) -> Int? {
        guard depth < 10, let tokens = tokenize(expression) else { return nil }
        var parser = ScriptArithmetic(tokens: tokens, dialect: dialect, depth: depth)
        guard let value = parser.comma(&variables, evaluating: true), parser.position == tokens.count else { return nil }
        return value
    }

    private init(tokens: [String], dialect: Dialect, depth: Int) {
        self.tokens = tokens
        self.dialect = dialect
        self.depth = depth
    }

    /// The operators, longest first so that `<<=` is read before `<<` and `<`.
    private static let operators = [
        "<<=", ">>=", "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=", "/=", "%=", "&=", "^=",
        "|=", "++", "--", "+", "-", "*", "/", "%", "<", ">", "&", "^", "|", "!", "~", "?", ":", "=", "(", ")", ",",
    ]

    private static func tokenize(_ text: String) -> [String]? {
        var tokens: [String] = []
        var rest = Substring(text)
        while let char = rest.first {
            if char == " " || char == "\t" || char == "\n" {
                rest.removeFirst()
            } else if char.isLetter || char.isNumber || char == "_" {
                let word = rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
                tokens.append(String(word))
                rest = rest.dropFirst(word.count)
            } else if let op = operators.first(where: { rest.hasPrefix($0) }) {
                tokens.append(op)
                rest = rest.dropFirst(op.count)
            } else {
                return nil
            }
        }
        return tokens
    }

    private var next: String? { position < tokens.count ? tokens[position] : nil }

    private mutating func take(_ token: String) -> Bool {
        guard next == token else { return false }
        position += 1
        return true
    }

    /// `a , b`: both evaluated, the last one's value.
    private mutating func comma(_ variables: inout [String: String], evaluating: Bool) -> Int? {
        guard var value = assignment(&variables, evaluating: evaluating) else { return nil }
        while dialect.extended, take(",") {
            guard let right = assignment(&variables, evaluating: evaluating) else { return nil }
            value = right
        }
        return value
    }

    private static let assignments = ["=", "+=", "-=", "*=", "/=", "%=", "<<=", ">>=", "&=", "^=", "|="]

    private mutating func assignment(_ variables: inout [String: String], evaluating: Bool) -> Int? {
        if let name = next, Self.isName(name), position + 1 < tokens.count, Self.assignments.contains(tokens[position + 1]) {
            let op = tokens[position + 1]
            position += 2
            guard let right = assignment(&variables, evaluating: evaluating) else { return nil }
            guard evaluating else { return 0 }
            var value = right
            if op != "=" {
                guard let current = self.value(of: name, &variables),
                    let combined = Self.apply(String(op.dropLast()), current, right)
                else { return nil }
                value = combined
            }
            variables[name] = String(value)
            return value
        }
        return conditional(&variables, evaluating: evaluating)
    }

    private mutating func conditional(_ variables: inout [String: String], evaluating: Bool) -> Int? {
        guard let condition = binary(0, &variables, evaluating: evaluating) else { return nil }
        guard take("?") else { return condition }
        guard let yes = comma(&variables, evaluating: evaluating && condition != 0), take(":"),
            let no = conditional(&variables, evaluating: evaluating && condition == 0)
        else { return nil }
        return condition != 0 ? yes : no
    }

    /// The binary operators from the loosest binding to the tightest.
    private static let levels: [[String]] = [
        ["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", "<=", ">", ">="], ["<<", ">>"], ["+", "-"], ["*", "/", "%"],
    ]

    private mutating func binary(_ level: Int, _ variables: inout [String: String], evaluating: Bool) -> Int? {
        guard level < Self.levels.count else { return power(&variables, evaluating: evaluating) }
        guard var left = binary(level + 1, &variables, evaluating: evaluating) else { return nil }
        while let op = next, Self.levels[level].contains(op) {
            position += 1
            // `&&` and `||` evaluate their right side only when it decides.
            let needed = op == "&&" ? left != 0 : op == "||" ? left == 0 : true
            guard let right = binary(level + 1, &variables, evaluating: evaluating && needed) else { return nil }
            guard evaluating || (dialect.divisionAlwaysChecked && (op == "/" || op == "%")) else { continue }
            guard let value = Self.apply(op, left, right) else { return nil }
            if evaluating { left = value }
        }
        return left
    }

    /// `a ** b`, right to left.
    private mutating func power(_ variables: inout [String: String], evaluating: Bool) -> Int? {
        guard let base = unary(&variables, evaluating: evaluating) else { return nil }
        guard dialect.extended, take("**") else { return base }
        guard let exponent = power(&variables, evaluating: evaluating) else { return nil }
        guard evaluating else { return 0 }
        guard exponent >= 0 else { return nil }
        // By squaring, wrapping as bash's `ipow` does.
        var (result, factor, rest) = (1, base, exponent)
        while rest > 0 {
            if rest & 1 == 1 { result = result &* factor }
            factor = factor &* factor
            rest >>= 1
        }
        return result
    }

    private mutating func unary(_ variables: inout [String: String], evaluating: Bool) -> Int? {
        guard let token = next else { return nil }
        position += 1
        switch token {
        case "+": return unary(&variables, evaluating: evaluating)
        case "-": return unary(&variables, evaluating: evaluating).map { 0 &- $0 }
        case "!": return unary(&variables, evaluating: evaluating).map { $0 == 0 ? 1 : 0 }
        case "~": return unary(&variables, evaluating: evaluating).map { ~$0 }
        case "(":
            guard let value = comma(&variables, evaluating: evaluating), take(")") else { return nil }
            return value
        default:
            if Self.isName(token) { return value(of: token, &variables, evaluating: evaluating) }
            return Self.number(token)
        }
    }

    /// A variable's value: unset or empty is 0; bash and ash evaluate an expression there.
    private func value(of name: String, _ variables: inout [String: String], evaluating: Bool = true) -> Int? {
        guard let text = variables[name] else { return dialect.unsetFails && evaluating ? nil : 0 }
        guard !text.isEmpty else { return 0 }
        if let number = Self.number(text.trimmingSpaces) { return number }
        guard dialect.nestedValues else { return nil }
        return Self.evaluate(text, variables: &variables, dialect: dialect, depth: depth + 1)
    }

    /// A constant: decimal, `0x` hexadecimal or `0` octal.
    static func number(_ text: String) -> Int? {
        let lower = text.lowercased()
        if lower.hasPrefix("0x") { return Int(lower.dropFirst(2), radix: 16) }
        if lower.count > 1, lower.hasPrefix("0") { return Int(lower.dropFirst(), radix: 8) }
        guard lower.allSatisfy(\.isNumber) else { return nil }
        return Int(lower)
    }

    private static func isName(_ token: String) -> Bool {
        guard let first = token.first else { return false }
        return first.isLetter || first == "_"
    }

    /// `left OP right` as C computes it on 64-bit integers; nil for a division by zero.
    private static func apply(_ op: String, _ left: Int, _ right: Int) -> Int? {
        switch op {
        case "+": return left &+ right
        case "-": return left &- right
        case "*": return left &* right
        case "/", "%":
            guard right != 0 else { return nil }
            let result = op == "/" ? left.dividedReportingOverflow(by: right) : left.remainderReportingOverflow(dividingBy: right)
            return result.partialValue
        case "<<": return left &<< right
        case ">>": return left &>> right
        case "<": return left < right ? 1 : 0
        case "<=": return left <= right ? 1 : 0
        case ">": return left > right ? 1 : 0
        case ">=": return left >= right ? 1 : 0
        case "==": return left == right ? 1 : 0
        case "!=": return left != right ? 1 : 0
        case "&": return left & right
        case "^": return left ^ right
        case "|": return left | right
        case "&&": return left != 0 && right != 0 ? 1 : 0
        case "||": return left != 0 || right != 0 ? 1 : 0
        default: return nil
        }
    }
}

extension String {
    /// The text without the spaces, tabs and newlines at its ends.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" || $0 == "\n" }.reversed().drop { $0 == " " || $0 == "\t" || $0 == "\n" }.reversed())
    }
}
