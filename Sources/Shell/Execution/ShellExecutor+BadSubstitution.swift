/// Where bash's `bad substitution` names the string it was expanding (`parameter_brace_expand`
/// reports the whole string `expand_word_internal` was given): a word as written, the contents
/// of the double-quoted part holding the bad `${...}`, or a here-document's body.
extension ShellExecutor {
    /// Runs `body`, naming `source` (or its double-quoted part that holds the bad expansion) in
    /// a bad substitution that no inner string named yet.
    func framing<T>(_ source: String, _ body: () throws(ExpansionError) -> T) throws(ExpansionError) -> T {
        do {
            return try body()
        } catch {
            guard case .badSubstitution(let text, false) = error else { throw error }
            throw .badSubstitution(Self.enclosingText(of: "${" + text + "}", in: source), framed: true)
        }
    }

    /// The contents of the first double-quoted part of `source` that holds `expansion`, or all of
    /// `source` when none does.
    static func enclosingText(of expansion: String, in source: String) -> String {
        let scalars = Array(source.unicodeScalars)
        var index = 0
        var quoteStart: Int?
        while index < scalars.count {
            let c = scalars[index]
            if c == "\\" {
                index += 2
                continue
            }
            if let start = quoteStart {
                if c == "\"" {
                    let contents = String(String.UnicodeScalarView(scalars[start..<index]))
                    if contents.contains(expansion) { return contents }
                    quoteStart = nil
                }
            } else if c == "'" {
                index = scalars[(index + 1)...].firstIndex(of: "'") ?? scalars.count
            } else if c == "\"" {
                quoteStart = index + 1
            }
            index += 1
        }
        return source
    }
}
