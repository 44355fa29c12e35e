/// Brace expansion (`{a,b}`, `{1..3}`, `{a..e..2}`), the first expansion bash applies to a word.
///
/// Only unquoted braces and commas count, so `"{a,b}"` and `\{a,b}` stay as they are.
enum BraceExpansion {
    /// One character of unquoted text, or a part (quoted text, a parameter) that braces cannot split.
    private enum Item: Equatable {
        case character(Unicode.Scalar)
        case part(WordPart)
    }

    /// The most words one brace expression may produce.
    static let maximumWords = 100_000

    /// The words `parts` expands to; the parts themselves when there is no brace expression.
    static func expand(_ parts: [WordPart]) -> [[WordPart]] {
        guard parts.contains(where: { if case .literal(let text) = $0 { text.contains("{") } else { false } }) else {
            return [parts]
        }
        var items: [Item] = []
        for part in parts {
            if case .literal(let text) = part {
                items += text.unicodeScalars.map { .character($0) }
            } else {
                items.append(.part(part))
            }
        }
        var budget = maximumWords
        return expand(items, budget: &budget).map(Self.parts)
    }

    private static func expand(_ items: [Item], budget: inout Int) -> [[Item]] {
        var start = 0
        while let open = items[start...].firstIndex(of: .character("{")) {
            start = open + 1
            guard let close = matchingBrace(items, open) else { continue }
            let inside = Array(items[(open + 1)..<close])
            let alternatives = splitAtCommas(inside) ?? sequence(inside)
            guard let alternatives, alternatives.count <= budget else { continue }
            budget -= alternatives.count
            let before = Array(items[..<open])
            let after = Array(items[(close + 1)...])
            return alternatives.flatMap { expand(before + $0 + after, budget: &budget) }
        }
        return [items]
    }

    private static func matchingBrace(_ items: [Item], _ open: Int) -> Int? {
        var depth = 0
        for index in open..<items.count {
            if items[index] == .character("{") { depth += 1 }
            if items[index] == .character("}") {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }

    /// The comma-separated alternatives at the top level, or nil when there is no such comma.
    private static func splitAtCommas(_ items: [Item]) -> [[Item]]? {
        var pieces: [[Item]] = [[]]
        var depth = 0
        for item in items {
            if item == .character("{") { depth += 1 }
            if item == .character("}") { depth -= 1 }
            if item == .character(","), depth == 0 {
                pieces.append([])
            } else {
                pieces[pieces.count - 1].append(item)
            }
        }
        return pieces.count > 1 ? pieces : nil
    }

    /// `{x..y}` or `{x..y..step}` over integers or single letters.
    private static func sequence(_ items: [Item]) -> [[Item]]? {
        var text = ""
        for item in items {
            guard case .character(let c) = item else { return nil }
            text.unicodeScalars.append(c)
        }
        let fields = text.split(separator: "..", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 2 || fields.count == 3 else { return nil }
        let step = fields.count == 3 ? Int(fields[2]) : 1
        guard let step else { return nil }
        let words: [String]
        if let first = Int(fields[0]), let last = Int(fields[1]) {
            let zeroPadded = fields[0...1].contains { field in
                (field.hasPrefix("0") && field.count > 1) || field.hasPrefix("-0")
            }
            let width = zeroPadded ? max(fields[0].count, fields[1].count) : 0
            guard let numbers = stride(first, last, step) else { return nil }
            words = numbers.map { padded($0, width) }
        } else if let first = fields[0].unicodeScalars.first, let last = fields[1].unicodeScalars.first,
            fields[0].unicodeScalars.count == 1, fields[1].unicodeScalars.count == 1, first.isASCII, last.isASCII,
            first.properties.isAlphabetic, last.properties.isAlphabetic
        {
            guard let codes = stride(Int(first.value), Int(last.value), step) else { return nil }
            words = codes.compactMap { Unicode.Scalar(UInt32($0)).map { String($0) } }
        } else {
            return nil
        }
        return words.map { $0.unicodeScalars.map { .character($0) } }
    }

    private static func stride(_ first: Int, _ last: Int, _ step: Int) -> [Int]? {
        let magnitude = max(1, abs(step))
        let count = abs(last - first) / magnitude + 1
        guard count <= maximumWords else { return nil }
        let direction = last >= first ? magnitude : -magnitude
        return (0..<count).map { first + $0 * direction }
    }

    private static func padded(_ number: Int, _ width: Int) -> String {
        let digits = String(abs(number))
        let sign = number < 0 ? "-" : ""
        return sign + String(repeating: "0", count: max(0, width - sign.count - digits.count)) + digits
    }

    private static func parts(_ items: [Item]) -> [WordPart] {
        var parts: [WordPart] = []
        var text = String.UnicodeScalarView()
        for item in items {
            switch item {
            case .character(let c): text.append(c)
            case .part(let part):
                if !text.isEmpty { parts.append(.literal(String(text))) }
                text = String.UnicodeScalarView()
                parts.append(part)
            }
        }
        if !text.isEmpty { parts.append(.literal(String(text))) }
        return parts
    }
}
