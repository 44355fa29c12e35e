/// busybox's `test`, `[` and ash's `[[` (`coreutils/test.c`, built with `BASH_TEST2` as Alpine
/// builds it): POSIX's shortcuts by argument count, then a recursive descent over the words.
/// Inside `[[`, `=`, `==` and `!=` match a glob pattern, `=~` an extended regular expression,
/// and `&&`/`||` join expressions where `[` takes `-a`/`-o`.
struct BusyboxTestExpression {
    /// Why the words could not be evaluated: status 2, with the message `syntax()` prints (none
    /// for a bad regular expression).
    struct Failure: Error {
        var message: String?
    }

    private enum Kind { case unary, binary, not, joiner, paren }

    private struct Operator {
        var text: String
        var kind: Kind
    }

    private var words: [String?]
    private let doubleBrackets: Bool
    private let primitives: TestPrimitives
    private var position = 0
    /// What the last `check_operator` found (nil: an operand, or the end).
    private var last: Operator?

    init(_ words: [String], doubleBrackets: Bool, primitives: TestPrimitives) {
        self.words = words
        self.doubleBrackets = doubleBrackets
        self.primitives = primitives
    }

    /// The exit status `test_main` returns for the words after the command name (and before
    /// `]` or `]]`); 2 with a message on a syntax error.
    mutating func status() -> (status: Int32, message: String?) {
        do throws(Failure) {
            // The shortcuts move their own cursor; the general parse starts over at the first word.
            var start = 0
            var negate = false
            while true {
                let count = words.count - start
                if count == 0 { return (negate ? 0 : 1, nil) }
                if count == 1 { return ((word(start) ?? "").isEmpty != negate ? 1 : 0, nil) }
                if count == 3 {
                    if let op = lookUp(word(start + 1)), op.kind == .binary {
                        position = start
                        return (try binary() != negate ? 0 : 1, nil)
                    }
                } else if count == 4, word(start) == "(", word(start + 3) == ")" {
                    // `argv[3] = NULL`: the general parse below sees the words cut short too.
                    words.removeSubrange((start + 3)...)
                    start += 1
                }
                guard word(start) == "!" else { break }
                start += 1
                negate.toggle()
            }
            position = 0
            var status: Int32 = try orExpression(check(word(0))) ? 0 : 1
            if word(position) != nil, let extra = word(position + 1) {
                status = 2
                return (status, "\(extra): unknown operand")
            }
            return (status, nil)
        } catch {
            return (2, error.message)
        }
    }

    private func word(_ index: Int) -> String? { index < words.count ? words[index] : nil }

    /// `check_operator`: the operator a word is, as this form of `test` reads it.
    private func lookUp(_ text: String?) -> Operator? {
        guard let text else { return nil }
        if Self.unary.contains(text) { return Operator(text: text, kind: .unary) }
        if Self.binary.contains(text) || (text == "=~" && doubleBrackets) { return Operator(text: text, kind: .binary) }
        switch text {
        case "!": return Operator(text: text, kind: .not)
        case "-a", "-o": return doubleBrackets ? nil : Operator(text: text, kind: .joiner)
        case "&&", "||": return doubleBrackets ? Operator(text: text, kind: .joiner) : nil
        case "(", ")": return Operator(text: text, kind: .paren)
        default: return nil
        }
    }

    /// A token: the word (nil at the end) and what `last` now holds.
    private mutating func check(_ text: String?) -> String? {
        last = lookUp(text)
        return text
    }

    private func isAnd(_ text: String?) -> Bool { text == "-a" || text == "&&" }
    private func isOr(_ text: String?) -> Bool { text == "-o" || text == "||" }

    private mutating func orExpression(_ token: String?) throws(Failure) -> Bool {
        let value = try andExpression(token)
        position += 1
        if let next = check(word(position)), isOr(next), last?.kind == .joiner {
            position += 1
            return try orExpression(check(word(position))) || value
        }
        position -= 1
        return value
    }

    private mutating func andExpression(_ token: String?) throws(Failure) -> Bool {
        let value = try notExpression(token)
        position += 1
        if let next = check(word(position)), isAnd(next), last?.kind == .joiner {
            position += 1
            return try andExpression(check(word(position))) && value
        }
        position -= 1
        return value
    }

    private mutating func notExpression(_ token: String?) throws(Failure) -> Bool {
        guard token == "!", last?.kind == .not else { return try primary(token) }
        position += 1
        let next = check(word(position))
        // `[ ! ]` and `[ a -a ! ]`: a `!` with nothing after it is true.
        if next == nil {
            position -= 1
            return true
        }
        return !(try notExpression(next))
    }

    private mutating func primary(_ token: String?) throws(Failure) -> Bool {
        guard let token else { throw Self.syntax(nil, "argument expected") }
        if token == "(", last?.kind == .paren {
            position += 1
            let value = try orExpression(check(word(position)))
            position += 1
            guard check(word(position)) == ")" else { throw Self.syntax(nil, "closing paren expected") }
            return value
        }
        let first = last
        // coreutils' order: a binary operator after this word first, then a unary one before it.
        if check(word(position + 1)) != nil, word(position + 2) != nil, last?.kind == .binary { return try binary() }
        if let op = first, op.kind == .unary, word(position + 1) != nil {
            position += 1
            return try primitives.posixUnary(op.text, word(position) ?? "", number: Self.number)
        }
        if last?.kind == .binary { return try binary() }
        return !token.isEmpty
    }

    private mutating func binary() throws(Failure) -> Bool {
        let left = word(position) ?? ""
        position += 1
        let op = check(word(position)) ?? ""
        position += 1
        guard let right = word(position) else { throw Self.syntax(op, "argument expected") }
        if TestPrimitives.integerOperators.contains(op) {
            return TestPrimitives.compare(op, try Self.number(left), try Self.number(right))
        }
        if doubleBrackets {
            switch op {
            case "=", "==": return TestPrimitives.fnmatch(right, left)
            case "!=": return !TestPrimitives.fnmatch(right, left)
            case "=~":
                guard let regex = try? CapturingRegex(right, extended: true) else { throw Failure(message: nil) }
                return regex.firstMatch(in: Array(left.unicodeScalars), from: 0) != nil
            default: break
            }
        }
        switch op {
        case "-nt", "-ot", "-ef": return primitives.existingFiles(op, left, right)
        default: return primitives.binary(op, left, right)
        }
    }

    /// `getn`: `strtoll` in base 10, blanks allowed around it.
    private static func number(_ text: String) throws(Failure) -> Int64 {
        switch TestPrimitives.cInteger(text) {
        case .value(let value): return value
        case .outOfRange: throw syntax(text, "out of range")
        case .invalid: throw syntax(text, "bad number")
        }
    }

    /// `syntax(op, msg)`: `op: msg`, or the message alone when there is no operator text.
    private static func syntax(_ op: String?, _ message: String) -> Failure {
        guard let op, !op.isEmpty else { return Failure(message: message) }
        return Failure(message: "\(op): \(message)")
    }

    private static let unary: Set<String> = [
        "-r", "-w", "-x", "-e", "-f", "-d", "-c", "-b", "-p", "-u", "-g", "-k", "-s", "-t", "-z", "-n", "-h", "-O", "-G", "-L", "-S",
    ]
    private static let binary: Set<String> = [
        "=", "==", "!=", "<", ">", "-eq", "-ne", "-ge", "-gt", "-le", "-lt", "-nt", "-ot", "-ef",
    ]
}
