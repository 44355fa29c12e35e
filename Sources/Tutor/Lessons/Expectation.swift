/// What a value must be: equal to a text, absent, one of several, or not something.
///
/// In lesson YAML a scalar is `equals`, `~` is `absent`, a list is `anyOf` and `{not: X}` is `not`.
public indirect enum Expectation: Sendable, Equatable {
    case equals(String)
    case absent
    case anyOf([Expectation])
    case not(Expectation)

    /// Whether `value` (nil when absent) meets the expectation; `normalize` is applied to both sides
    /// of an equality, so spellings that mean the same compare equal.
    public func matches(_ value: String?, normalize: (String) -> String = { $0 }) -> Bool {
        switch self {
        case .equals(let expected):
            guard let value else { return false }
            return normalize(value) == normalize(expected)
        case .absent:
            return value == nil
        case .anyOf(let options):
            return options.contains { $0.matches(value, normalize: normalize) }
        case .not(let inner):
            return !inner.matches(value, normalize: normalize)
        }
    }

    /// Every literal the expectation mentions, for validation.
    var literals: [String] {
        switch self {
        case .equals(let text): [text]
        case .absent: []
        case .anyOf(let options): options.flatMap(\.literals)
        case .not(let inner): inner.literals
        }
    }
}
