extension ShellExecutor {
    /// `${NAME:OFFSET}` and `${NAME:OFFSET:LENGTH}`: characters of a scalar, or a list's elements.
    ///
    /// Elements are taken by index, `$@` counting `$0` as index 0. A negative offset counts back from the
    /// end; a negative length marks where to stop, counted back from the end, for a scalar only.
    func substring(
        _ target: ParameterExpansion, _ values: [String], offset: String, length: String?, named written: String
    ) throws(ExpansionError) -> [String] {
        // An unset scalar gives nothing, its offset and length not even evaluated.
        if !target.isList, values.isEmpty { return [] }
        let start = try bound(offset, named: written)
        let count = try length.map { (text) throws(ExpansionError) in try bound(text, named: written) }
        guard target.isList else {
            let scalars = Array((values.first ?? "").unicodeScalars)
            let from = start < 0 ? scalars.count + start : start
            guard from >= 0, from <= scalars.count else { return [""] }
            var to = scalars.count
            if let count { to = count < 0 ? scalars.count + count : from + min(count, scalars.count - from) }
            guard to >= from else { throw .parameter("\(length ?? ""): substring expression < 0") }
            return [String(String.UnicodeScalarView(scalars[from..<to]))]
        }
        if let count, count < 0 { throw .parameter("\(length ?? ""): substring expression < 0") }
        let keyed = listElements(target)
        let end = (keyed.last?.key ?? -1) + 1
        let from = start < 0 ? end + start : start
        guard from >= 0 else { return [] }
        return keyed.filter { $0.key >= from }.prefix(count ?? keyed.count).map(\.value)
    }

    /// A list's elements by index: `$0` and the positional parameters, or an array's elements
    /// (an associative array's by position).
    private func listElements(_ target: ParameterExpansion) -> [(key: Int, value: String)] {
        guard target.index != nil else {
            return ([session.commandName] + session.positional).enumerated().map { ($0.offset, $0.element) }
        }
        let name = session.referencedName(target.name)
        let values = session.elements(name)
        let keys = session.isAssociative(name) ? Array(values.indices) : session.indices(name).compactMap { Int($0) }
        return zip(keys, values).map { ($0, $1) }
    }

    /// An offset or length: an arithmetic expression, its errors naming the parameter as written.
    private func bound(_ expression: String, named written: String) throws(ExpansionError) -> Int {
        guard expression.contains(where: { !$0.isWhitespace }) else { return 0 }
        do {
            // Expanded as a word is, quotes removed (`${x:"1"}`), then evaluated.
            let text = try expandedText(ShellLexer.wordParts(expression) ?? [.literal(expression)])
            return Int(clamping: try evaluateArithmetic(text))
        } catch {
            guard case .arithmetic(let message) = error else { throw error }
            throw .arithmetic("\(written): \(message)")
        }
    }
}
