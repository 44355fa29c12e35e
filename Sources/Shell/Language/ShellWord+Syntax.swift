extension ShellWord {
    /// `NAME=value` (or `NAME+=value`, `NAME[INDEX]=value`) when the word starts with an
    /// unquoted valid name and `=`.
    var assignment: Assignment? {
        guard case .literal(let text) = parts.first, let equals = text.firstIndex(of: "="),
            let first = text.unicodeScalars.first, !("0"..."9").contains(first), first != "?"
        else { return elementAssignment }
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

    /// `[KEY]=VALUE` in an array's words: the parts of the key and of the value.
    var subscripted: (key: [WordPart], value: [WordPart])? {
        guard case .literal(let first) = parts.first, first.hasPrefix("[") else { return nil }
        for (position, part) in parts.enumerated() {
            guard case .literal(let text) = part, let close = text.indices.first(where: { text[$0...].hasPrefix("]=") })
            else { continue }
            var key = Array(parts[..<position])
            var value = Array(parts[(position + 1)...])
            let before = String(text[..<close])
            let after = String(text[text.index(close, offsetBy: 2)...])
            if !before.isEmpty { key.append(.literal(before)) }
            if !after.isEmpty { value.insert(.literal(after), at: 0) }
            guard case .literal(let opening) = key.first else { return nil }
            key[0] = .literal(String(opening.dropFirst()))
            return (key, value)
        }
        return nil
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
            case .indices(let name, let index): "${!\(name)[\(index)]}"
            case .indirect(let name): "${!\(name)}"
            case .names(let prefix, let index): "${!\(prefix)\(index)}"
            case .badSubstitution(let text): "${\(text)}"
            case .expansion(let expansion): "${\(expansion.source)}"
            case .tilde(let name): "~" + name
            case .commandSubstitution(let source): "$(\(source))"
            case .processSubstitution(let source): "<(\(source))"
            case .arithmetic(let source): "$((\(source)))"
            }
        }.joined()
    }
}
