/// A regular expression as Go's `regexp` package takes it: compiled only when Go would compile
/// it, with `regexp/syntax`'s error text otherwise, and matched anywhere in a string
/// (`MatchString`). Matching uses Swift's engine, which agrees with RE2 on the syntax both accept.
struct GoRegexp {
    let pattern: String
    private let regex: Regex<AnyRegexOutput>?

    /// `error parsing regexp: missing closing ]: `[``, as `regexp.Compile` words a refusal.
    struct SyntaxError: Error, Equatable {
        var code: String
        var expression: String
        var message: String { "error parsing regexp: \(code): `\(expression)`" }
    }

    init(_ pattern: String) throws(SyntaxError) {
        let translated = try Self.check(pattern)
        self.pattern = pattern
        regex = try? Regex(translated)
    }

    func matches(_ text: String) -> Bool {
        guard let regex else { return false }
        return (try? regex.firstMatch(in: text)) != nil
    }

    /// The refusals of `regexp/syntax` a hand-typed filter meets: unbalanced brackets and
    /// parentheses, a repetition with nothing to repeat, a dangling backslash, Perl's
    /// lookaround and backreferences, which RE2 does not have, and an escape it does not know.
    /// Returns the pattern in Swift's syntax: a `]` that opens a class escaped.
    private static func check(_ pattern: String) throws(SyntaxError) -> String {
        let characters = Array(pattern)
        var translated = ""
        var open: [Int] = []
        var index = 0
        var canRepeat = false
        while index < characters.count {
            let character = characters[index]
            var next = index + 1
            switch character {
            case "\\":
                guard index + 1 < characters.count else { throw SyntaxError(code: "trailing backslash at end of expression", expression: "") }
                let escaped = characters[index + 1]
                if escaped.isLetter && !"AbBdDpPsSwWzQEnrtfvax".contains(escaped) || ("1"..."9").contains(escaped) {
                    throw SyntaxError(code: "invalid escape sequence", expression: "\\\(escaped)")
                }
                next = index + 2
                canRepeat = true
            case "[":
                guard let end = classEnd(characters, from: index) else {
                    throw SyntaxError(code: "missing closing ]", expression: String(characters[index...]))
                }
                var body = characters[(index + 1)..<end]
                let negated = body.first == "^"
                if negated { body = body.dropFirst() }
                translated += "[" + (negated ? "^" : "") + (body.first == "]" ? "\\" : "") + String(body) + "]"
                index = end + 1
                canRepeat = true
                continue
            case "(":
                let rest = characters[index...]
                for perl in ["(?=", "(?!"] where rest.starts(with: perl) {
                    throw SyntaxError(code: "invalid or unsupported Perl syntax", expression: perl)
                }
                // Lookbehind reads as a named group whose name is not one.
                if rest.starts(with: "(?<=") || rest.starts(with: "(?<!") {
                    let named = rest.firstIndex(of: ">").map { rest[...$0] } ?? rest
                    throw SyntaxError(code: "invalid named capture", expression: String(named))
                }
                open.append(index)
                canRepeat = false
            case ")":
                guard open.popLast() != nil else { throw SyntaxError(code: "unexpected )", expression: pattern) }
                canRepeat = true
            case "|":
                canRepeat = false
            case "*", "+", "?":
                guard canRepeat else { throw SyntaxError(code: "missing argument to repetition operator", expression: String(character)) }
                if next < characters.count, characters[next] == "?" { next += 1 }
                if next < characters.count, "*+?".contains(characters[next]) {
                    throw SyntaxError(code: "invalid nested repetition operator", expression: String(characters[index...next]))
                }
                canRepeat = false
            default:
                canRepeat = true
            }
            translated += String(characters[index..<next])
            index = next
        }
        if !open.isEmpty { throw SyntaxError(code: "missing closing )", expression: pattern) }
        return translated
    }

    /// Where the class opened at `start` closes: a `]` right after `[` or `[^` is a member.
    private static func classEnd(_ characters: [Character], from start: Int) -> Int? {
        var index = start + 1
        if index < characters.count, characters[index] == "^" { index += 1 }
        if index < characters.count, characters[index] == "]" { index += 1 }
        while index < characters.count {
            switch characters[index] {
            case "\\": index += 2
            case "[" where index + 1 < characters.count && characters[index + 1] == ":":
                index += 2
            case "]": return index
            default: index += 1
            }
        }
        return nil
    }
}
