extension ShellWord {
    /// `NAME=value` when the word starts with an unquoted valid name and `=`.
    var assignment: Assignment? {
        guard case .literal(let text) = parts.first, let equals = text.firstIndex(of: "="),
            ShellLexer.isParameterName(String(text[..<equals])),
            let first = text.unicodeScalars.first, !("0"..."9").contains(first), first != "?"
        else { return nil }
        let name = String(text[..<equals])
        var rest = String(text[text.index(after: equals)...])
        var valueParts: [WordPart] = []
        if rest.hasPrefix("~") && (rest.count == 1 || rest.dropFirst().hasPrefix("/")) {
            valueParts.append(.tilde(""))
            rest.removeFirst()
        }
        if !rest.isEmpty { valueParts.append(.literal(rest)) }
        valueParts += parts.dropFirst()
        let valueSource = source.drop { $0 != "=" }.dropFirst()
        return Assignment(name: name, value: ShellWord(parts: valueParts, source: String(valueSource)))
    }

    /// A word's text with quotes removed and nothing expanded, as a here-document delimiter.
    var literalText: String { Self.literalText(parts) }

    private static func literalText(_ parts: [WordPart]) -> String {
        parts.map { part in
            switch part {
            case .literal(let text), .quoted(let text): text
            case .doubleQuoted(let inner): literalText(inner)
            case .parameter(let name): "$" + name
            case .parameterLength(let name): "${#\(name)}"
            case .badSubstitution(let text): "${\(text)}"
            case .tilde(let name): "~" + name
            case .commandSubstitution(let source): "$(\(source))"
            case .arithmetic(let source): "$((\(source)))"
            }
        }.joined()
    }
}
