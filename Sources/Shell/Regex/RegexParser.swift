/// Parses a POSIX basic (BRE) or extended (ERE) regular expression with GNU's extensions:
/// `\|`, `\+`, `\?` in BRE, `\w \W \s \S \b \B \< \>` in both.
struct RegexParser {
    private let pattern: [Unicode.Scalar]
    private let extended: Bool
    private var index = 0
    private var depth = 0
    private var groups = 0
    private var opened = 0
    /// Warnings GNU grep prints, such as `* at start of expression`.
    private(set) var warnings: [String] = []

    static let maximumRepeat = 32767
    static let maximumDepth = 1000

    init(_ pattern: String, extended: Bool) {
        self.pattern = Array(pattern.unicodeScalars)
        self.extended = extended
    }

    mutating func parse() throws(RegexError) -> RegexNode {
        let node = try parseAlternation()
        if index < pattern.count { throw .unmatchedCloseParen }
        return node
    }

    private func at(_ offset: Int = 0) -> Unicode.Scalar? {
        index + offset < pattern.count ? pattern[index + offset] : nil
    }

    private var atAlternation: Bool {
        extended ? at() == "|" : at() == "\\" && at(1) == "|"
    }

    private var atGroupEnd: Bool {
        guard depth > 0 else { return false }
        return extended ? at() == ")" : at() == "\\" && at(1) == ")"
    }

    private mutating func parseAlternation() throws(RegexError) -> RegexNode {
        var branches = [try parseSequence()]
        while atAlternation {
            index += extended ? 1 : 2
            branches.append(try parseSequence())
        }
        return branches.count == 1 ? branches[0] : .alternation(branches)
    }

    private mutating func parseSequence() throws(RegexError) -> RegexNode {
        var items: [RegexNode] = []
        let start = index
        while index < pattern.count, !atAlternation, !atGroupEnd {
            if !extended, at() == "\\", at(1) == ")" { throw .unmatchedCloseParen }
            let atStart = items.isEmpty || (items.count == 1 && index == start + 1 && pattern[start] == "^")
            if let atom = try parseAtom(atStart: atStart) {
                // GNU repeats a `^` (making it optional) but warns as for a repetition at the start.
                if extended, case .assertion(.lineStart) = atom, let c = at(),
                    "*+?".unicodeScalars.contains(c) || (c == "{" && intervalAhead())
                {
                    warnings.append(c == "{" ? "{...} at start of expression" : "\(c) at start of expression")
                }
                items.append(try parsePostfix(atom))
            }
        }
        return items.count == 1 ? items[0] : .sequence(items)
    }

    /// Reads one atom; nil when a repetition operator at the start was dropped with a warning.
    private mutating func parseAtom(atStart: Bool) throws(RegexError) -> RegexNode? {
        let c = pattern[index]
        if extended, atStart, c == "*" || c == "+" || c == "?" || (c == "{" && intervalAhead()) {
            if c == "{" {
                warnings.append("{...} at start of expression")
                _ = try parseInterval()
            } else {
                warnings.append("\(c) at start of expression")
                index += 1
            }
            return nil
        }
        index += 1
        switch c {
        case ".": return .any
        case "[": return try parseBracket()
        case "^" where extended || atStart: return .assertion(.lineStart)
        case "$"
        where extended || index == pattern.count || atAlternation || atGroupEnd
            || (!extended && at() == "\\" && at(1) == ")"):
            return .assertion(.lineEnd)
        case "(" where extended: return try parseGroup()
        case "*" where !extended && atStart: return .scalar("*")
        case "\\": return try parseEscape()
        default: return .scalar(c)
        }
    }

    private mutating func parseGroup() throws(RegexError) -> RegexNode {
        opened += 1
        let number = opened
        depth += 1
        guard depth <= Self.maximumDepth else { throw .tooBig }
        let inner = try parseAlternation()
        guard atGroupEnd else { throw .unmatchedOpenParen }
        index += extended ? 1 : 2
        depth -= 1
        groups += 1
        return .group(number, inner)
    }

    private mutating func parseEscape() throws(RegexError) -> RegexNode {
        guard let c = at() else { throw .trailingBackslash }
        index += 1
        switch c {
        case "(" where !extended: return try parseGroup()
        case "{" where !extended: throw .invalidBraceContent
        case "w", "W", "s", "S":
            var expression = BracketExpression()
            expression.items =
                c == "w" || c == "W" ? [.characterClass(.alnum), .scalar("_")] : [.characterClass(.space)]
            expression.negated = c == "W" || c == "S"
            return .bracket(expression)
        case "b": return .assertion(.wordBoundary)
        case "B": return .assertion(.notWordBoundary)
        case "<": return .assertion(.wordStart)
        case ">": return .assertion(.wordEnd)
        case "`": return .assertion(.lineStart)
        case "'": return .assertion(.lineEnd)
        case "1"..."9":
            throw Int(c.value - 48) > groups ? .invalidBackReference : .backReference
        default: return .scalar(c)
        }
    }

    private mutating func parseBracket() throws(RegexError) -> RegexNode {
        let start = index - 1
        let expression: BracketExpression
        let end: Int
        do {
            (expression, end) = try BracketExpression.parse(pattern, at: start, negators: ["^"])
        } catch {
            switch error {
            case .unmatched: throw .unmatchedBracket
            case .invalidRangeEnd: throw .invalidRangeEnd
            case .invalidClassName: throw .invalidClassName
            }
        }
        let inner = pattern[(start + 1)..<(end - 1)]
        if inner.count >= 2, inner.first == ":", inner.last == ":" {
            throw .classSyntax(String(String.UnicodeScalarView(inner.dropFirst().dropLast())))
        }
        index = end
        return .bracket(expression)
    }

    private mutating func parsePostfix(_ atom: RegexNode) throws(RegexError) -> RegexNode {
        var node = atom
        while let c = at() {
            if c == "*" {
                index += 1
                node = .repetition(node, min: 0, max: nil)
            } else if extended && (c == "+" || c == "?") {
                index += 1
                node = .repetition(node, min: c == "+" ? 1 : 0, max: c == "+" ? nil : 1)
            } else if !extended && c == "\\" && (at(1) == "+" || at(1) == "?") {
                let plus = at(1) == "+"
                index += 2
                node = .repetition(node, min: plus ? 1 : 0, max: plus ? nil : 1)
            } else if (extended && c == "{" && intervalAhead()) || (!extended && c == "\\" && at(1) == "{") {
                let (low, high) = try parseInterval()
                node = .repetition(node, min: low, max: high)
            } else {
                break
            }
        }
        return node
    }

    /// True when an ERE `{` starts a valid interval; otherwise GNU takes the `{` literally.
    private func intervalAhead() -> Bool {
        var position = index + 1
        var sawDigitOrComma = false
        while position < pattern.count {
            let c = pattern[position]
            if c == "}" { return sawDigitOrComma }
            guard ("0"..."9").contains(c) || c == "," else { return false }
            sawDigitOrComma = true
            position += 1
        }
        return false
    }

    /// Reads `{m}`, `{m,}`, `{,n}` or `{m,n}` (`\{...\}` in BRE).
    private mutating func parseInterval() throws(RegexError) -> (Int, Int?) {
        index += extended ? 1 : 2
        func number() -> Int? {
            var value: Int?
            while let c = at(), ("0"..."9").contains(c) {
                value = min((value ?? 0) * 10 + Int(c.value - 48), Self.maximumRepeat + 1)
                index += 1
            }
            return value
        }
        let low = number()
        var high = low
        if at() == "," {
            index += 1
            high = number()
        }
        let closes = extended ? at() == "}" : at() == "\\" && at(1) == "}"
        if !closes {
            if !extended && !pattern[index...].contains("}") { throw .unmatchedBrace }
            throw extended
                ? .invalidBraceContent : (pattern[index...].contains("\\") ? .invalidBraceContent : .unmatchedBrace)
        }
        index += extended ? 1 : 2
        let minimum = low ?? 0
        if let high, high < minimum { throw .invalidBraceContent }
        if minimum > Self.maximumRepeat || (high ?? 0) > Self.maximumRepeat { throw .tooBig }
        return (minimum, high)
    }
}
