/// dash 0.5.12's `test` and `[` (`src/bltin/test.c`): POSIX's shortcuts for three and four
/// words, then `oexpr`/`aexpr`/`nexpr`/`primary` over the rest. It has no `==`, and a word left
/// over after the expression is an `unexpected operator`.
struct DashTestExpression {
    /// Why the words could not be evaluated, in dash's words; the builtin's status is then 2.
    struct Failure: Error {
        var message: String
    }

    private enum Kind { case unary, binary, not, joiner, paren }

    private struct Operator {
        var text: String
        var kind: Kind
    }

    private var words: [String]
    private let primitives: TestPrimitives
    /// `t_wp`: the word being read.
    private var position = 0
    /// `t_wp_op`: the operator the last `t_lex` found (nil: an operand, or the end).
    private var last: Operator?

    init(_ words: [String], primitives: TestPrimitives) {
        self.words = words
        self.primitives = primitives
    }

    /// `testcmd`'s answer for the words after the command name (and before `]`): true or false.
    mutating func evaluate() throws(Failure) -> Bool {
        var result = true
        var start = 0
        // Three words around a binary operator are that comparison, whatever the first is.
        var shortcut = false
        // `recheck`: a leading `!` of three or four words negates what follows.
        while true {
            let count = words.count - start
            if count < 1 { return !result }
            if count == 3, let op = Self.lookUp(words[start + 1]), op.kind == .binary {
                shortcut = true
                break
            }
            if count == 3 || count == 4 {
                if words[start] == "(", words[words.count - 1] == ")" {
                    words.removeLast()
                    start += 1
                } else if words[start] == "!" {
                    result = false
                    start += 1
                    continue
                }
            }
            break
        }
        position = start
        let token = shortcut ? words[start] : lex(position)
        if shortcut { last = nil }
        let value = try orExpression(token)
        if position < words.count, position + 1 < words.count {
            throw Failure(message: "\(words[position]): unexpected operator")
        }
        return value == result
    }

    private func word(_ index: Int) -> String? { index < words.count ? words[index] : nil }

    private static func lookUp(_ text: String) -> Operator? {
        if unary.contains(text) { return Operator(text: text, kind: .unary) }
        if binary.contains(text) { return Operator(text: text, kind: .binary) }
        switch text {
        case "!": return Operator(text: text, kind: .not)
        case "-a", "-o": return Operator(text: text, kind: .joiner)
        case "(", ")": return Operator(text: text, kind: .paren)
        default: return nil
        }
    }

    /// `t_lex`: the word at `index` (nil past the end), setting `last` to its operator, unless a
    /// unary operator reads as an operand there (`isoperand`) or `(` is the last word.
    private mutating func lex(_ index: Int) -> String? {
        guard let text = word(index) else {
            last = nil
            return nil
        }
        if let op = Self.lookUp(text), !(op.kind == .unary && isOperand(index)), !(text == "(" && word(index + 1) == nil) {
            last = op
        } else {
            last = nil
        }
        return text
    }

    /// `isoperand`: the last word, or one followed by a binary operator and its operand.
    private func isOperand(_ index: Int) -> Bool {
        guard let next = word(index + 1) else { return true }
        guard word(index + 2) != nil else { return false }
        return Self.lookUp(next)?.kind == .binary
    }

    private func isOperator(_ text: String) -> Bool { last?.text == text }

    private mutating func orExpression(_ first: String?) throws(Failure) -> Bool { try joined(first, by: "-o") }

    /// `oexpr` (`-o`) or `aexpr` (`-a`): every term is evaluated, left to right, then or-ed or
    /// and-ed; an `aexpr` term is an `nexpr`.
    private mutating func joined(_ first: String?, by joiner: String) throws(Failure) -> Bool {
        var token = first
        var value = joiner == "-a"
        while true {
            let term = joiner == "-o" ? try joined(token, by: "-a") : try notExpression(token)
            value = joiner == "-o" ? value || term : value && term
            _ = lex(position + 1)
            guard isOperator(joiner) else { break }
            position += 2
            token = lex(position)
        }
        return value
    }

    private mutating func notExpression(_ token: String?) throws(Failure) -> Bool {
        guard token != nil, last?.kind == .not else { return try primary(token) }
        let next = lex(position + 1)
        if next != nil { position += 1 }
        return !(try notExpression(next))
    }

    private mutating func primary(_ token: String?) throws(Failure) -> Bool {
        guard let token else { return false }
        if token == "(", last?.kind == .paren {
            position += 1
            let next = lex(position)
            if next == ")", last?.kind == .paren { return false }
            let value = try orExpression(next)
            position += 1
            guard lex(position) == ")", last?.kind == .paren else { throw Failure(message: "closing paren expected") }
            return value
        }
        if let op = last, op.kind == .unary {
            position += 1
            guard let operand = word(position) else { throw Failure(message: "\(op.text): argument expected") }
            return try primitives.posixUnary(op.text, operand, number: Self.number)
        }
        _ = lex(position + 1)
        if last?.kind == .binary { return try binary() }
        return !token.isEmpty
    }

    private mutating func binary() throws(Failure) -> Bool {
        let left = word(position) ?? ""
        position += 1
        _ = lex(position)
        let op = last?.text ?? ""
        position += 1
        guard let right = word(position) else { throw Failure(message: "\(op): argument expected") }
        if TestPrimitives.integerOperators.contains(op) {
            return TestPrimitives.compare(op, try Self.number(left), try Self.number(right))
        }
        switch op {
        case "-nt", "-ot", "-ef": return primitives.existingFiles(op, left, right)
        default: return primitives.binary(op, left, right)
        }
    }

    /// `atomax10`: `strtoimax` in base 10, blanks allowed around it.
    private static func number(_ text: String) throws(Failure) -> Int64 {
        guard case .value(let value) = TestPrimitives.cInteger(text) else { throw Failure(message: "Illegal number: \(text)") }
        return value
    }

    private static let unary: Set<String> = [
        "-r", "-w", "-x", "-e", "-f", "-d", "-c", "-b", "-p", "-u", "-g", "-k", "-s", "-t", "-z", "-n", "-h", "-O", "-G", "-L", "-S",
    ]
    private static let binary: Set<String> = ["=", "!=", "<", ">", "-eq", "-ne", "-ge", "-gt", "-le", "-lt", "-nt", "-ot", "-ef"]
}
