/// Evaluates `[[ ... ]]`: `!`, `&&`, `||`, parentheses, the unary and binary tests, `==` and
/// `!=` against patterns, `=~` against an extended regular expression, and integer
/// comparisons whose operands are arithmetic expressions. Words are not split or globbed.
struct ConditionalExpression {
    let words: [ShellWord]
    let executor: ShellExecutor
    private var position = 0

    init(words: [ShellWord], executor: ShellExecutor) {
        self.words = words
        self.executor = executor
    }

    /// Why the expression could not be evaluated; syntax problems abandon the line as bash's parser would.
    struct Failure: Error {
        var message: String
        var status: Int32 = 2
        var abandonsLine = true
    }

    mutating func evaluate() throws(Failure) -> Bool {
        let value = try orExpression()
        if position < words.count { throw Failure(message: "bash: syntax error in conditional expression\n") }
        return value
    }

    private var primitives: TestPrimitives { TestPrimitives(session: executor.session) }

    private func text(_ index: Int) -> String? {
        guard index < words.count else { return nil }
        return words[index].plainText ?? words[index].source
    }

    /// An operator word: written unquoted (a quoted `"=="` is an operand).
    private func isOperator(_ index: Int, in set: Set<String>) -> Bool {
        guard index < words.count else { return false }
        let word = words[index]
        if let plain = word.plainText { return set.contains(plain) }
        if case .quoted(let op) = word.parts.first, word.parts.count == 1, word.source == op { return set.contains(op) }
        return false
    }

    private mutating func orExpression() throws(Failure) -> Bool {
        var value = try andExpression()
        while isOperator(position, in: ["||"]) {
            position += 1
            let right = try andExpression()
            value = value || right
        }
        return value
    }

    private mutating func andExpression() throws(Failure) -> Bool {
        var value = try notExpression()
        while isOperator(position, in: ["&&"]) {
            position += 1
            let right = try notExpression()
            value = value && right
        }
        return value
    }

    private mutating func notExpression() throws(Failure) -> Bool {
        if isOperator(position, in: ["!"]) {
            position += 1
            return !(try notExpression())
        }
        return try primary()
    }

    private mutating func primary() throws(Failure) -> Bool {
        guard position < words.count else { throw Failure(message: "bash: unexpected argument `]]' to conditional unary operator\n") }
        if isOperator(position, in: ["("]) {
            position += 1
            let value = try orExpression()
            guard isOperator(position, in: [")"]) else {
                throw Failure(message: "bash: unexpected token `\(text(position) ?? "]]")', expected `)'\n")
            }
            position += 1
            return value
        }
        if isOperator(position, in: TestPrimitives.unaryOperators), position + 1 < words.count,
            !isOperator(position + 1, in: ["&&", "||", ")"])
        {
            let op = text(position) ?? ""
            let operand = try string(position + 1)
            position += 2
            return primitives.unary(op, operand)
        }
        if isOperator(position, in: TestPrimitives.unaryOperators), position + 1 == words.count {
            throw Failure(message: "bash: unexpected argument `]]' to conditional unary operator\n")
        }
        let left = try string(position)
        position += 1
        let binary = TestPrimitives.binaryOperators.union(["=~"])
        guard isOperator(position, in: binary) else {
            if position < words.count, !isOperator(position, in: ["&&", "||", ")"]) {
                throw Failure(message: "bash: conditional binary operator expected\n")
            }
            return !left.isEmpty
        }
        let op = text(position) ?? ""
        guard position + 1 < words.count else {
            throw Failure(message: "bash: unexpected argument `]]' to conditional binary operator\n")
        }
        let rightIndex = position + 1
        position += 2
        switch op {
        case "==", "=", "!=":
            let pattern: [PatternCharacter]
            do {
                pattern = try executor.patternCharacters(of: words[rightIndex])
            } catch {
                throw Failure(message: error.message)
            }
            let matched = VirtualFileSystem.globMatches(pattern, Array(left.unicodeScalars))
            return op == "!=" ? !matched : matched
        case "=~":
            return try regexMatches(left, try regexPattern(rightIndex))
        case _ where TestPrimitives.integerOperators.contains(op):
            return TestPrimitives.compare(op, try integer(left), try integer(try string(rightIndex)))
        default:
            return primitives.binary(op, left, try string(rightIndex))
        }
    }

    private func string(_ index: Int) throws(Failure) -> String {
        do {
            return try executor.string(of: words[index])
        } catch {
            throw Failure(message: error.message, status: 1)
        }
    }

    private func integer(_ text: String) throws(Failure) -> Int64 {
        do {
            return try executor.evaluateArithmetic(text)
        } catch {
            throw Failure(message: error.message, status: 1)
        }
    }

    /// `=~`: an extended regular expression anywhere in the text; a bad one is status 2, quietly.
    /// The match and each group's text go into `BASH_REMATCH` (empty when nothing matched).
    private func regexMatches(_ text: String, _ pattern: String) throws(Failure) -> Bool {
        let session = executor.session
        session.setArray("BASH_REMATCH", [])
        guard let regex = try? CapturingRegex(pattern, extended: true) else {
            throw Failure(message: "", status: 2, abandonsLine: false)
        }
        let scalars = Array(text.unicodeScalars)
        guard let match = regex.firstMatch(in: scalars, from: 0) else { return false }
        func slice(_ range: Range<Int>?) -> String {
            range.map { String(String.UnicodeScalarView(scalars[$0])) } ?? ""
        }
        let groups = (1...max(regex.groupCount, 1)).map { $0 < match.groups.count ? slice(match.groups[$0]) : "" }
        session.setArray("BASH_REMATCH", [slice(match.range)] + (regex.groupCount > 0 ? groups : []))
        return true
    }

    /// The right side of `=~`: quoted parts match themselves, so their special characters are escaped.
    private func regexPattern(_ index: Int) throws(Failure) -> String {
        var pattern = ""
        for part in words[index].parts {
            let text: String
            do {
                text = try executor.expandedText([part])
            } catch {
                throw Failure(message: error.message, status: 1)
            }
            switch part {
            case .quoted, .doubleQuoted:
                for c in text.unicodeScalars {
                    if "\\.[](){}*+?|^$".unicodeScalars.contains(c) { pattern.unicodeScalars.append("\\") }
                    pattern.unicodeScalars.append(c)
                }
            default: pattern += text
            }
        }
        return pattern
    }
}
