/// `${NAME#PATTERN}`, `${NAME##PATTERN}`, `${NAME%PATTERN}` and `${NAME%%PATTERN}` in a
/// container's script: the value without the shortest or longest prefix or suffix the pattern
/// matches (as `case` matches, quoted characters matching only themselves), or whole when none does.
extension ScriptOutput {
    /// The value of `name` with `operation` (`#PATTERN`, `##PATTERN`, `%...`) applied; nil when
    /// expanding the pattern stopped the reading.
    mutating func removingPattern(_ value: String, _ operation: Substring) -> String? {
        guard let op = operation.first else { return value }
        let longest = operation.dropFirst().first == op
        let pattern = expandPattern(Self.patternWord(operation.dropFirst(longest ? 2 : 1)))
        if stopped { return nil }
        let text = Array(value)
        // Shortest first: prefixes or suffixes by growing length; longest: the other way round.
        var lengths = Array(0...text.count)
        if longest { lengths.reverse() }
        for length in lengths {
            let piece = op == "#" ? text[..<length] : text[(text.count - length)...]
            guard ScriptGlob.matches(pattern[...], piece) else { continue }
            return String(op == "#" ? text[length...] : text[..<(text.count - length)])
        }
        return value
    }

    /// The pattern written after the operator, read as a word: quotes and backslashes make
    /// their characters literal; the rest is expanded and matched.
    static func patternWord(_ text: Substring) -> ScriptSyntax.Word {
        var word: ScriptSyntax.Word = []
        var plain = ""
        var chars = text
        func closePlain() {
            if !plain.isEmpty { word.append(ScriptSyntax.Part(text: plain, quoting: .none)) }
            plain = ""
        }
        while let char = chars.popFirst() {
            switch char {
            case "'", "\"":
                closePlain()
                let quoted = chars.prefix { $0 != char }
                chars = chars.dropFirst(quoted.count + 1)
                word.append(ScriptSyntax.Part(text: String(quoted), quoting: char == "'" ? .single : .double))
            case "\\":
                closePlain()
                if let next = chars.popFirst() { word.append(ScriptSyntax.Part(text: String(next), quoting: .single)) }
            default:
                plain.append(char)
            }
        }
        closePlain()
        return word
    }
}
