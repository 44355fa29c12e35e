/// What the last command line must have printed (stdout and stderr as the terminal showed them).
public struct OutputPredicate: Sendable, Equatable {
    /// Texts that must each appear.
    public var contains: [String]
    /// Regular expressions that must each match somewhere; `^` and `$` match at line ends.
    public var matches: [String]

    public init(contains: [String] = [], matches: [String] = []) {
        self.contains = contains
        self.matches = matches
    }

    public func holds(for output: String) -> Bool {
        for text in contains where !output.contains(text) { return false }
        for pattern in matches {
            guard let regex = try? Regex(pattern).anchorsMatchLineEndings(), output.contains(regex) else {
                return false
            }
        }
        return true
    }

    /// Why `pattern` is not a valid regular expression, or nil when it is.
    static func problem(with pattern: String) -> String? {
        do {
            _ = try Regex(pattern)
            return nil
        } catch {
            return "\(error)"
        }
    }
}
