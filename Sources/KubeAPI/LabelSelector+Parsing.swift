/// Parsing the `-l` syntax as apimachinery's `labels.Parse` does: a byte lexer (identifiers end at
/// whitespace or one of `=!(),<>`), a parser over its tokens, each requirement validated as
/// `NewRequirement` validates it, and the requirements sorted by key. Every client and the
/// apiserver use this one parser; only who reports its error differs.
extension LabelSelector {
    /// Why a selector string could not be parsed, worded as `labels.Parse` words it.
    public struct ParseError: Error, Equatable, Sendable {
        public var message: String

        public init(message: String) { self.message = message }
    }

    public init(parsing text: String) throws(ParseError) {
        var parser = LabelSelectorParser(tokens: LabelSelectorLexer.tokens(text))
        let parsed = try parser.parse()
        // `sort.Sort(ByKey)`: insertion sort for the short lists selectors are, so stable.
        requirements = parsed.enumerated().sorted {
            let (a, b) = (Array($0.element.key.utf8), Array($1.element.key.utf8))
            return a == b ? $0.offset < $1.offset : a.lexicographicallyPrecedes(b)
        }.map(\.element)
    }
}

/// A token of the selector grammar and the text it was read from.
struct LabelSelectorToken {
    enum Kind { case end, closePar, comma, bang, doubleEquals, equals, greater, identifier, `in`, less, notEquals, notIn, openPar }

    var kind: Kind
    var text: String
}

/// `labels.Lexer`: whitespace is space, tab, CR and LF; identifiers are any other bytes.
enum LabelSelectorLexer {
    private static let symbols: [String: LabelSelectorToken.Kind] = [
        ")": .closePar, ",": .comma, "!": .bang, "==": .doubleEquals, "=": .equals, ">": .greater,
        "in": .in, "<": .less, "!=": .notEquals, "notin": .notIn, "(": .openPar,
    ]

    static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0A }
    static func isSymbol(_ b: UInt8) -> Bool { Array("=!(),><".utf8).contains(b) }

    static func tokens(_ text: String) -> [LabelSelectorToken] {
        let bytes = Array(text.utf8)
        var position = 0
        var tokens: [LabelSelectorToken] = []
        while true {
            // Go's lexer reads a NUL byte as the end of the string.
            while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
            guard position < bytes.count, bytes[position] != 0 else {
                tokens.append(.init(kind: .end, text: ""))
                return tokens
            }
            let start = position
            if isSymbol(bytes[position]) {
                // The longest run of symbols that is still a token (`!=`, `==`), else the first.
                var kind: LabelSelectorToken.Kind?
                var end = position
                while position < bytes.count, isSymbol(bytes[position]) {
                    if let known = symbols[String(decoding: bytes[start...position], as: UTF8.self)] {
                        kind = known
                        end = position + 1
                        position += 1
                    } else {
                        break
                    }
                }
                position = end
                tokens.append(.init(kind: kind ?? .end, text: String(decoding: bytes[start..<end], as: UTF8.self)))
            } else {
                while position < bytes.count, bytes[position] != 0, !isSymbol(bytes[position]), !isWhitespace(bytes[position]) {
                    position += 1
                }
                let word = String(decoding: bytes[start..<position], as: UTF8.self)
                tokens.append(.init(kind: symbols[word] ?? .identifier, text: word))
            }
        }
    }
}
