/// The compiled form of grep's patterns: every pattern joined as alternatives, with `-w`, `-x`
/// and `-i` applied.
struct GrepMatcher {
    private let program: RegexProgram
    private let matchesEverything: Bool
    /// The patterns as bytes when all are plain text with no `-i`, `-w` or `-x`, as most grep
    /// patterns are: a line then matches when it contains one, with no regex machine to run.
    private let literals: [[UInt8]]?
    /// Warnings to print before searching (`* at start of expression`).
    private(set) var warnings: [String] = []

    init(patterns: [String], options: GrepOptions) throws(RegexError) {
        var branches: [RegexNode] = []
        var warnings: [String] = []
        for pattern in patterns {
            switch options.syntax {
            case .fixed:
                branches.append(.sequence(pattern.unicodeScalars.map { .scalar($0) }))
            case .basic, .extended, .perl:
                var parser = RegexParser(
                    options.syntax == .perl ? Self.perlToExtended(pattern) : pattern, extended: options.syntax != .basic
                )
                branches.append(try parser.parse())
                warnings += parser.warnings
            }
        }
        var node: RegexNode = branches.count == 1 ? branches[0] : .alternation(branches)
        if options.lineRegexp {
            node = .sequence([.assertion(.lineStart), node, .assertion(.lineEnd)])
        } else if options.wordRegexp {
            node = .sequence([.assertion(.notAfterWord), node, .assertion(.notBeforeWord)])
        }
        matchesEverything = patterns.contains("") && !options.lineRegexp && !options.wordRegexp
        let plain = !options.ignoreCase && !options.lineRegexp && !options.wordRegexp
        let texts = branches.map(Self.literalText)
        literals = plain && texts.allSatisfy { $0 != nil } ? texts.map { Array(String(String.UnicodeScalarView($0!)).utf8) } : nil
        program = try RegexProgram(node, ignoringCase: options.ignoreCase)
        self.warnings = warnings
    }

    func matches(_ line: Substring) -> Bool {
        if matchesEverything { return true }
        if let literals { return literals.contains { line.utf8.contains(bytes: $0) } }
        return program.matches(Array(line.unicodeScalars))
    }

    /// The text a pattern matches when it matches only that text.
    private static func literalText(_ node: RegexNode) -> [Unicode.Scalar]? {
        switch node {
        case .scalar(let scalar): return [scalar]
        case .group(_, let inner): return literalText(inner)
        case .sequence(let parts):
            var text: [Unicode.Scalar] = []
            for part in parts {
                guard let piece = literalText(part) else { return nil }
                text += piece
            }
            return text
        default: return nil
        }
    }

    /// The non-empty leftmost-longest matches in a line, for `-o`, with their byte offsets.
    func matchedParts(_ line: Substring) -> [(text: String, offset: Int)] {
        let scalars = Array(line.unicodeScalars)
        var parts: [(text: String, offset: Int)] = []
        var start = 0
        var offset = 0
        var counted = 0
        while start <= scalars.count, let range = program.firstMatch(in: scalars, from: start) {
            if range.isEmpty {
                start = range.upperBound + 1
                continue
            }
            while counted < range.lowerBound {
                offset += UTF8.width(scalars[counted])
                counted += 1
            }
            parts.append((String(String.UnicodeScalarView(scalars[range])), offset))
            start = range.upperBound
        }
        return parts
    }

    /// `-P` patterns read as extended ones, with Perl's `\d` and `\D` turned into classes.
    private static func perlToExtended(_ pattern: String) -> String {
        pattern.replacing("\\d", with: "[0-9]").replacing("\\D", with: "[^0-9]")
    }
}
