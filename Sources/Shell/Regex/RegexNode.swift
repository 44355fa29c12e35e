/// A parsed POSIX regular expression (basic or extended, with GNU extensions).
indirect enum RegexNode {
    case empty
    case scalar(Unicode.Scalar)
    /// `.`: any character.
    case any
    case bracket(BracketExpression)
    case assertion(RegexAssertion)
    case sequence([RegexNode])
    case alternation([RegexNode])
    case repetition(RegexNode, min: Int, max: Int?)
    /// A parenthesized subexpression and its number (1 for the first opening parenthesis).
    case group(Int, RegexNode)
}

/// A zero-width condition on the characters around a position.
enum RegexAssertion {
    case lineStart, lineEnd
    /// `\b`, `\B`, `\<`, `\>`.
    case wordBoundary, notWordBoundary, wordStart, wordEnd
    /// The edges `grep -w` puts around a match: no word character just before or just after.
    case notAfterWord, notBeforeWord

    func holds(before: Unicode.Scalar?, after: Unicode.Scalar?) -> Bool {
        let wordBefore = before.map(Self.isWordCharacter) ?? false
        let wordAfter = after.map(Self.isWordCharacter) ?? false
        switch self {
        case .lineStart: return before == nil
        case .lineEnd: return after == nil
        case .wordBoundary: return wordBefore != wordAfter
        case .notWordBoundary: return wordBefore == wordAfter
        case .wordStart: return !wordBefore && wordAfter
        case .wordEnd: return wordBefore && !wordAfter
        case .notAfterWord: return !wordBefore
        case .notBeforeWord: return !wordAfter
        }
    }

    /// Letters, digits and `_`, as GNU grep's `\w` sees them.
    static func isWordCharacter(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || c.properties.numericType == .decimal
    }
}

/// Why a pattern was refused; `message` is GNU grep's wording.
enum RegexError: Error, Equatable {
    case unmatchedBracket, unmatchedOpenParen, unmatchedCloseParen, invalidRangeEnd, unmatchedBrace
    case invalidBraceContent, trailingBackslash
    case classSyntax(String)
    case invalidClassName, tooBig, invalidBackReference
    /// A valid back-reference, which this matcher (a Thompson NFA) cannot follow.
    case backReference

    var message: String {
        switch self {
        case .unmatchedBracket: "Unmatched [, [^, [:, [., or [="
        case .unmatchedOpenParen: "Unmatched ( or \\("
        case .unmatchedCloseParen: "Unmatched ) or \\)"
        case .invalidRangeEnd: "Invalid range end"
        case .unmatchedBrace: "Unmatched \\{"
        case .invalidBraceContent: "Invalid content of \\{\\}"
        case .trailingBackslash: "Trailing backslash"
        case .classSyntax(let name): "character class syntax is [[:\(name):]], not [:\(name):]"
        case .invalidClassName: "Invalid character class name"
        case .tooBig: "Regular expression too big"
        case .invalidBackReference: "Invalid back reference"
        case .backReference: "back-references are not supported by this grep"
        }
    }
}
