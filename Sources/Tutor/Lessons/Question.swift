/// A concept question: pick one of several choices, or type a short answer.
public struct Question: Sendable, Equatable {
    /// The accepted answer.
    public enum Answer: Sendable, Equatable {
        /// The 1-based number of the right choice.
        case choice(Int)
        /// Accepted short answers, compared after normalizing.
        case text([String])
    }

    /// The choices, numbered from 1; empty for a short-answer question.
    public var choices: [Localized]
    public var answer: Answer

    public init(choices: [Localized] = [], answer: Answer) {
        self.choices = choices
        self.answer = answer
    }

    /// The learner's answer as mistakes name it: a choice's number, or the normalized text.
    public func canonicalAnswer(_ given: String) -> String {
        let normalized = Self.normalize(given)
        guard !choices.isEmpty else { return normalized }
        if let number = Int(normalized) { return String(number) }
        if let index = choices.firstIndex(where: {
            Self.normalize($0.zhTW) == normalized || Self.normalize($0.en) == normalized
        }) {
            return String(index + 1)
        }
        return normalized
    }

    public func accepts(_ given: String) -> Bool {
        let canonical = canonicalAnswer(given)
        switch answer {
        case .choice(let number): return canonical == String(number)
        case .text(let accepted): return accepted.map(Self.normalize).contains(canonical)
        }
    }

    /// Lower case, single spaces, no surrounding quotes, no final period: `"My-Service." ` → `my-service`.
    public static func normalize(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let first = words.first, quotes.contains(first) { words.removeFirst() }
        while let last = words.last, quotes.contains(last) || (words.count > 1 && periods.contains(last)) {
            words.removeLast()
        }
        return words.split(separator: " ").joined(separator: " ")
    }

    private static let quotes: Set<Character> = ["\"", "'", "`", "「", "」"]
    private static let periods: Set<Character> = [".", "。"]
}
