/// A regular expression that also reports what each parenthesized group matched, for
/// `sed`'s `\1`...`\9` and `&`.
///
/// The NFA finds the leftmost-longest match; a bounded backtracking pass over the parsed
/// pattern then fills in the groups for exactly that span.
struct CapturingRegex {
    let program: RegexProgram
    private let node: RegexNode
    private let ignoresCase: Bool
    /// The number of groups in the pattern.
    let groupCount: Int

    init(_ pattern: String, extended: Bool, ignoringCase: Bool = false) throws(RegexError) {
        var parser = RegexParser(pattern, extended: extended)
        node = try parser.parse()
        program = try RegexProgram(node, ignoringCase: ignoringCase)
        ignoresCase = ignoringCase
        groupCount = Self.count(node)
    }

    /// The leftmost-longest match at or after `start`, with each group's range (nil if it took no part).
    func firstMatch(in text: [Unicode.Scalar], from start: Int) -> (range: Range<Int>, groups: [Range<Int>?])? {
        guard let range = program.firstMatch(in: text, from: start) else { return nil }
        guard groupCount > 0 else { return (range, []) }
        let search = CaptureSearch(text: text, groupCount: groupCount, ignoresCase: ignoresCase)
        let found = search.match(node, range.lowerBound) { $0 == range.upperBound }
        return (range, found ? search.groups : Array(repeating: nil, count: groupCount + 1))
    }

    private static func count(_ node: RegexNode) -> Int {
        switch node {
        case .group(let number, let inner): max(number, count(inner))
        case .sequence(let items), .alternation(let items): items.map(count).max() ?? 0
        case .repetition(let body, _, _): count(body)
        default: 0
        }
    }
}

/// Backtracking over a parsed pattern with a step budget, recording group spans.
private final class CaptureSearch {
    let text: [Unicode.Scalar]
    let ignoresCase: Bool
    var groups: [Range<Int>?]
    var steps = 0
    var depth = 0
    static let budget = 200_000
    /// Each matched character nests one call deeper; past this the groups are left unknown.
    static let maximumDepth = 2_000

    init(text: [Unicode.Scalar], groupCount: Int, ignoresCase: Bool) {
        self.text = text
        self.ignoresCase = ignoresCase
        groups = Array(repeating: nil, count: groupCount + 1)
    }

    func match(_ node: RegexNode, _ position: Int, _ next: (Int) -> Bool) -> Bool {
        steps += 1
        if steps > Self.budget || depth > Self.maximumDepth { return false }
        depth += 1
        defer { depth -= 1 }
        switch node {
        case .empty: return next(position)
        case .scalar(let c):
            guard position < text.count, same(text[position], c) else { return false }
            return next(position + 1)
        case .any:
            guard position < text.count else { return false }
            return next(position + 1)
        case .bracket(let expression):
            guard position < text.count, expression.matches(text[position], ignoringCase: ignoresCase) else {
                return false
            }
            return next(position + 1)
        case .assertion(let assertion):
            let before = position > 0 ? text[position - 1] : nil
            let after = position < text.count ? text[position] : nil
            return assertion.holds(before: before, after: after) && next(position)
        case .sequence(let items): return sequence(items[...], position, next)
        case .alternation(let branches):
            for branch in branches where match(branch, position, next) { return true }
            return false
        case .repetition(let body, let minimum, let maximum):
            return repeatMatch(body, minimum, maximum, 0, position, next)
        case .group(let number, let inner):
            let saved = groups[number]
            if match(
                inner, position,
                { end in
                    let inside = self.groups[number]
                    self.groups[number] = position..<end
                    if next(end) { return true }
                    self.groups[number] = inside
                    return false
                })
            {
                return true
            }
            groups[number] = saved
            return false
        }
    }

    private func sequence(_ items: ArraySlice<RegexNode>, _ position: Int, _ next: (Int) -> Bool) -> Bool {
        guard let first = items.first else { return next(position) }
        return match(first, position) { self.sequence(items.dropFirst(), $0, next) }
    }

    private func repeatMatch(
        _ body: RegexNode, _ minimum: Int, _ maximum: Int?, _ count: Int, _ position: Int, _ next: (Int) -> Bool
    ) -> Bool {
        if maximum.map({ count < $0 }) ?? true {
            let more = match(body, position) { end in
                end != position && self.repeatMatch(body, minimum, maximum, count + 1, end, next)
            }
            if more { return true }
        }
        return count >= minimum && next(position)
    }

    private func same(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        if a == b { return true }
        guard ignoresCase else { return false }
        return String(a).lowercased() == String(b).lowercased()
    }
}
