/// The compiled form of grep's patterns: every pattern joined as alternatives, with `-w`, `-x`
/// and `-i` applied.
struct GrepMatcher {
    private let program: RegexProgram
    private let matchesEverything: Bool
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
        program = try RegexProgram(node, ignoringCase: options.ignoreCase)
        self.warnings = warnings
    }

    func matches(_ line: Substring) -> Bool {
        matchesEverything || program.matches(Array(line.unicodeScalars))
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
