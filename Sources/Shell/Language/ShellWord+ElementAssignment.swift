extension ShellWord {
    /// `NAME[INDEX]=value` (or `+=`) whose index holds an expansion or quotes (`a[$i]=x`,
    /// `m["a b"]=1`), so the `=` is not in the word's first part; the index is kept as written.
    var elementAssignment: Assignment? {
        guard case .literal(let head) = parts.first, let open = head.firstIndex(of: "["), !head[..<open].contains("="),
            ShellLexer.isParameterName(String(head[..<open]))
        else { return nil }
        for (position, part) in parts.enumerated().dropFirst() {
            guard case .literal(let text) = part,
                let close = text.indices.first(where: { text[$0...].hasPrefix("]=") || text[$0...].hasPrefix("]+=") })
            else { continue }
            let appends = text[close...].hasPrefix("]+=")
            let after = String(text[text.index(close, offsetBy: appends ? 3 : 2)...])
            let sourceClose =
                source.indices.first { source[$0...].hasPrefix(appends ? "]+=" : "]=") } ?? source.endIndex
            guard let sourceOpen = source.firstIndex(of: "["), sourceOpen < sourceClose else { return nil }
            let index = String(source[source.index(after: sourceOpen)..<sourceClose])
            let valueSource = source[sourceClose...].drop { $0 != "=" }.dropFirst()
            let value = (after.isEmpty ? [] : [WordPart.literal(after)]) + parts[(position + 1)...]
            return Assignment(
                name: String(head[..<open]), value: ShellWord(parts: value, source: String(valueSource)), index: index,
                appends: appends)
        }
        return nil
    }
}
