extension ShellWord {
    /// `NAME=value` (or `NAME+=value`, `NAME[INDEX]=value`) when the word starts with an
    /// unquoted valid name and `=`.
    var assignment: Assignment? {
        guard case .literal(let text) = parts.first, let equals = text.firstIndex(of: "="),
            let first = text.unicodeScalars.first, !("0"..."9").contains(first), first != "?"
        else { return nil }
        var name = String(text[..<equals])
        // `NAME+=value` appends.
        let appends = name.hasSuffix("+")
        if appends { name.removeLast() }
        var index: String?
        // `NAME[INDEX]=value` sets one element of an array.
        if name.hasSuffix("]"), let open = name.firstIndex(of: "[") {
            index = String(name[name.index(after: open)..<name.index(before: name.endIndex)])
            name = String(name[..<open])
        }
        guard ShellLexer.isParameterName(name) else { return nil }
        var rest = String(text[text.index(after: equals)...])
        var valueParts: [WordPart] = []
        if rest.hasPrefix("~") && (rest.count == 1 || rest.dropFirst().hasPrefix("/")) {
            valueParts.append(.tilde(""))
            rest.removeFirst()
        }
        if !rest.isEmpty { valueParts.append(.literal(rest)) }
        valueParts += parts.dropFirst()
        let valueSource = source.drop { $0 != "=" }.dropFirst()
        return Assignment(name: name, value: ShellWord(parts: valueParts, source: String(valueSource)), index: index, appends: appends)
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
            case .element(let name, let index, let length): "${\(length ? "#" : "")\(name)[\(index)]}"
            case .badSubstitution(let text): "${\(text)}"
            case .tilde(let name): "~" + name
            case .commandSubstitution(let source): "$(\(source))"
            case .arithmetic(let source): "$((\(source)))"
            }
        }.joined()
    }
}
