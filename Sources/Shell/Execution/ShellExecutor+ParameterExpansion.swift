extension ShellExecutor {
    /// The words `${NAME OP ...}` gives: one for a scalar (or `[*]`, joined by `$IFS`'s first
    /// character), one per element for `[@]` and `$@`; each keeps which of its pieces were quoted,
    /// so that only the unquoted ones are split and globbed.
    func expand(_ expansion: ParameterExpansion, joiningStar: Bool = true) throws(ExpansionError) -> [[Piece]] {
        let target = try resolved(expansion)
        // `${!REF...}` of a name reference works on the name it refers to.
        let reference = expansion.indirect && session.attributes[expansion.name]?.contains("n") == true
        let values = reference ? session.environment[expansion.name].map { [$0] } : try parameterValues(target)
        let results: [String]
        switch expansion.operation {
        case .test(let test, let colon, let word):
            // The operator's word is a string of its own, which a bad substitution in it names.
            let written = expansion.source.hasPrefix(expansion.written)
                ? String(expansion.source.dropFirst(expansion.written.count + (colon ? 2 : 1))) : expansion.source
            return try framing(written) { () throws(ExpansionError) -> [[Piece]] in
                try tested(target, values, test, colon: colon, word: word)
            }
        case .substring(let offset, let length):
            if values == nil { try checkSet(name: target.name, index: target.index) }
            results = try substring(target, values ?? [], offset: offset, length: length, named: expansion.written)
        case .unknownTransform(let letter):
            guard values?.isEmpty == false || letter == "a" || letter == "A" else { return [[]] }
            throw .badSubstitution(expansion.source)
        case .transform("a") where values == nil:
            // A declared variable has attributes even without a value (`declare -A m; ${m@a}`).
            results = try applied(expansion.operation, to: [""], of: target)
        default:
            guard let values else {
                try checkSet(name: target.name, index: target.index)
                return [[]]
            }
            results = try applied(expansion.operation, to: values, of: target)
        }
        let words = results.map { [Piece(text: $0, quoted: false)] }
        return joiningStar ? joinedIfStar(target, words) : words
    }

    /// `[*]` and `$*` give one word, their elements joined by the first character of `$IFS`.
    private func joinedIfStar(_ target: ParameterExpansion, _ words: [[Piece]]) -> [[Piece]] {
        guard target.isList, !target.isAllElements else { return words }
        let text = words.map { $0.map(\.text).joined() }.joined(separator: joiner("*"))
        return [[Piece(text: text, quoted: false)]]
    }

    /// `${!NAME...}`: the parameter NAME's value names, in place of NAME.
    private func resolved(_ expansion: ParameterExpansion) throws(ExpansionError) -> ParameterExpansion {
        guard expansion.indirect else { return expansion }
        var target = expansion
        target.indirect = false
        if session.attributes[expansion.name]?.contains("n") == true { return target }
        guard let value = indirectTarget(expansion.name) else {
            if session.options.contains("nounset") { throw .parameter("!\(expansion.subject): unbound variable") }
            throw .indirection("\(expansion.subject): invalid indirect expansion")
        }
        if case .element(let name, let index, false)? = ShellLexer.arrayElement(value) {
            (target.name, target.index) = (name, index)
        } else if ShellLexer.isParameterName(value) {
            (target.name, target.index) = (value, nil)
        } else {
            throw .indirection("\(value): invalid variable name")
        }
        return target
    }

    /// The parameter's value: one string for a scalar, every element for a list; nil when unset.
    func parameterValues(_ target: ParameterExpansion) throws(ExpansionError) -> [String]? {
        try parameterValues(name: target.name, index: target.index)
    }

    /// The value of `NAME` or `NAME[INDEX]`, as `parameterValues(_:)`.
    func parameterValues(name: String, index: String?) throws(ExpansionError) -> [String]? {
        if let index, index != "@", index != "*" {
            let name = session.referencedName(name)
            let value =
                session.isAssociative(name)
                ? session.associative[name]?[try subscriptKey(index)]
                : session.element(name, try arithmetic(index))
            return value.map { [$0] }
        }
        return plainValues(of: name, index: index)
    }

    /// With `set -u`, `$NAME` or `${NAME[INDEX]}` unset is an error; lists (`$@`, `${a[@]}`) are not.
    ///
    /// bash names a positional or special parameter written without braces with its `$`.
    func checkSet(name: String, index: String? = nil, braced: Bool = true) throws(ExpansionError) {
        guard session.options.contains("nounset"), index != "@", index != "*",
            index != nil || (name != "@" && name != "*"),
            try parameterValues(name: name, index: index) == nil
        else { return }
        let written =
            (braced || ParameterExpansion.isVariable(name) ? "" : "$") + name + (index.map { "[\($0)]" } ?? "")
        throw .unset(name: name + (index.map { "[\($0)]" } ?? ""), written: written)
    }

    /// The value of a parameter written without a subscript, or every element of `NAME[@]`;
    /// nil when unset.
    func plainValues(of name: String, index: String?) -> [String]? {
        if index == "@" || index == "*" { return session.elements(session.referencedName(name)) }
        switch name {
        case "@", "*": return session.positional
        case "!": return session.jobs.lastBackgroundProcess.map { [String($0)] }
        case "?", "$", "#", "-", "0": return [parameter(name)]
        default:
            if let number = Int(name) {
                return number <= session.positional.count ? [session.positional[number - 1]] : nil
            }
            return session.value(of: name).map { [$0] }
        }
    }

    /// `-`, `=`, `?` and `+`: the value, or the word (expanded only then), or an error.
    private func tested(
        _ target: ParameterExpansion, _ values: [String]?, _ test: ParameterTest, colon: Bool, word: [WordPart]
    ) throws(ExpansionError) -> [[Piece]] {
        let unset = target.isList ? values?.isEmpty ?? true : values == nil
        let null = values?.joined(separator: " ").isEmpty ?? true
        let missing = unset || (colon && null)
        let value = joinedIfStar(target, (values ?? []).map { [Piece(text: $0, quoted: false)] })
        switch test {
        case .useDefault: return missing ? try words(of: word) : value
        case .useAlternative: return missing ? [[]] : try words(of: word)
        case .error:
            guard missing else { return value }
            let message = try expandedText(word)
            guard !message.isEmpty else { throw .required(target.subject, null: colon) }
            throw .parameter("\(target.subject): \(message)")
        case .assignDefault:
            guard missing else { return value }
            guard ParameterExpansion.isVariable(target.name) else {
                throw .parameter("$\(target.name): cannot assign in this way")
            }
            if target.isList { throw .parameter("\(target.subject): bad array subscript") }
            let text = try expandedText(word)
            let assignment = Assignment(
                name: target.name, value: ShellWord(parts: [.quoted(text)], source: text), index: target.index)
            try assign([assignment])
            return [(try parameterValues(target) ?? []).map { Piece(text: $0, quoted: false) }]
        }
    }

    /// An operator's word expanded, each piece remembering whether it was quoted: one word, or
    /// several where `"$@"` or a `[@]` expansion gives several (`${1+"$@"}`).
    func words(of parts: [WordPart]) throws(ExpansionError) -> [[Piece]] {
        var words: [[Piece]] = [[]]
        func add(_ more: [[Piece]]) {
            for (index, word) in more.enumerated() {
                if index > 0 { words.append([]) }
                words[words.count - 1] += word
            }
        }
        for part in parts {
            switch part {
            case .literal(let text): add([[Piece(text: text, quoted: false)]])
            case .doubleQuoted(let inner) where inner.contains(where: \.isAllElements):
                for piece in inner {
                    if let all = try quotedElements(piece) {
                        add(all.map { [Piece(text: $0, quoted: true)] })
                    } else {
                        add([[Piece(text: try value(of: piece), quoted: true)]])
                    }
                }
            case .quoted, .doubleQuoted, .tilde: add([[Piece(text: try value(of: part), quoted: true)]])
            case .expansion(let inner): add(try expand(inner))
            default:
                if let all = try quotedElements(part) {
                    add(all.map { [Piece(text: $0, quoted: false)] })
                } else {
                    add([[Piece(text: try value(of: part), quoted: false)]])
                }
            }
        }
        return words
    }

    /// An operator's word as one run of pieces, words joined by spaces (a pattern, a replacement).
    func pieces(of parts: [WordPart]) throws(ExpansionError) -> [Piece] {
        Array(try words(of: parts).joined(separator: [Piece(text: " ", quoted: false)]))
    }
}
