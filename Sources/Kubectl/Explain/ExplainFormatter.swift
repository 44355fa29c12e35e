import Foundation

/// Writing with indentation and word wrap, as the OpenAPI v2 explain printer does (kubectl's
/// `explain.Formatter`): lines fill up to the wrap width minus the indent, breaking only at
/// spaces, and keep the breaks that end a sentence with a colon, start a list or indent code.
struct ExplainFormatter {
    var indent = 0
    var wrap = 80
    private(set) var out = ""

    /// A copy writing `amount` columns further right.
    func indented(_ amount: Int) -> ExplainFormatter {
        var copy = ExplainFormatter(indent: indent + amount, wrap: wrap)
        copy.out = ""
        return copy
    }

    /// One line, indented; an empty line stays empty.
    mutating func write(_ line: String) {
        out += line.isEmpty ? "\n" : String(repeating: " ", count: indent) + line + "\n"
    }

    /// `text` wrapped to the width left after the indent, each line indented.
    mutating func writeWrapped(_ text: String) {
        for line in Self.wrap(text, width: wrap - indent) { write(line) }
    }

    mutating func append(_ other: ExplainFormatter) { out += other.out }

    /// kubectl's `wrapString`.
    static func wrap(_ text: String, width: Int) -> [String] {
        var wrapped: [String] = []
        var words: [String] = []
        var lastWord = ""
        func length(_ words: [String]) -> Int { words.reduce(0) { $0 + $1.utf8.count } + max(words.count - 1, 0) }
        func flush() {
            guard !words.isEmpty else { return }
            lastWord = ""
            wrapped.append(words.joined(separator: " "))
            words = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("    ") {
                flush()
                wrapped.append(line)
                continue
            }
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if !wrapped.isEmpty, trimmed.isEmpty {
                flush()
                wrapped.append("")
                continue
            }
            if startsNewLine(lastWord: lastWord, line: line) { flush() }
            for word in line.split(whereSeparator: { $0.isWhitespace }).map(String.init) {
                lastWord = word
                if !words.isEmpty, length(words + [word]) > width { flush() }
                words.append(word)
            }
        }
        flush()
        return wrapped
    }

    private static func startsNewLine(lastWord: String, line: String) -> Bool {
        if lastWord.hasSuffix(":") || line.hasPrefix("    ") { return true }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { return true }
        // A list item: `- `, `* `, `1. ` or `1 ` followed by whitespace.
        var rest = Substring(trimmed)
        if rest.hasPrefix("-") || rest.hasPrefix("*") {
            rest = rest.dropFirst()
        } else {
            let digits = rest.prefix(while: \.isASCIIDigitCharacter)
            guard !digits.isEmpty else { return false }
            rest = rest.dropFirst(digits.count)
            if rest.hasPrefix(".") { rest = rest.dropFirst() }
        }
        return rest.first?.isWhitespace == true
    }
}

extension Character {
    fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
