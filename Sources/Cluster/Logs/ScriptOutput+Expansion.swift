/// The expansions of a container's script: parameters (`$NAME`, `${NAME}`, `${NAME:-word}` and
/// its kin, `${#NAME}`, `${NAME#pattern}` and its kin, the positional and special ones),
/// `$((...))` (`ScriptArithmetic`) and `$(...)`; then the
/// shell's field splitting of unquoted results by IFS and pathname expansion (`ScriptFields`,
/// `ScriptGlob`).
extension ScriptOutput {
    /// The fields `words` expand to, as a command's arguments.
    mutating func expandAll(_ words: [ScriptSyntax.Word]) -> [String] {
        var out: [String] = []
        for word in words where !stopped {
            // A word with nothing to expand or match is its text, quotes removed.
            if let literal = Self.literal(word) {
                out.append(literal)
                continue
            }
            var fields = ScriptFields()
            expand(word, into: &fields)
            for field in fields.fields(ifs: variables["IFS"]) {
                guard let paths = pathnames(field) else {
                    stopped = true
                    return out
                }
                out += paths
            }
        }
        return out
    }

    /// The text of a word with no expansion and no unquoted pattern character in it.
    private static func literal(_ word: ScriptSyntax.Word) -> String? {
        var text = ""
        for part in word {
            switch part.quoting {
            case .single: break
            case .double: if part.text.contains("$") { return nil }
            case .none, .redirect, .control: if part.text.contains(where: { "$*?[".contains($0) }) { return nil }
            }
            text += part.text
        }
        return text
    }

    /// One word expanded without splitting or pathname expansion (an assignment's value, a
    /// redirection's target).
    mutating func expandJoined(_ word: ScriptSyntax.Word) -> String {
        var fields = ScriptFields()
        expand(word, into: &fields)
        return fields.pieces.map(ScriptFields.text).joined(separator: " ")
    }

    /// A `case` pattern expanded without splitting: its characters, quoted ones matching only themselves.
    mutating func expandPattern(_ word: ScriptSyntax.Word) -> [ScriptFields.Character] {
        var fields = ScriptFields()
        expand(word, into: &fields)
        return fields.pieces.joined().filter { $0 != ScriptFields.emptyQuote }
    }

    private mutating func expand(_ word: ScriptSyntax.Word, into fields: inout ScriptFields) {
        for part in word {
            switch part.quoting {
            case .single: fields.appendLiteral(part.text, quoted: true)
            case .double: expand(part.text, quoted: true, into: &fields)
            case .none, .redirect, .control: expand(part.text, quoted: false, into: &fields)
            }
        }
    }

    /// `$NAME`, `${...}`, `$((ARITHMETIC))` and `$(COMMAND)` in a piece of text.
    private mutating func expand(_ text: String, quoted: Bool, into fields: inout ScriptFields) {
        if quoted, text.isEmpty { fields.appendLiteral("", quoted: true) }
        var chars = Array(text)[...]
        while !chars.isEmpty {
            let plain = chars.prefix { $0 != "$" }
            if !plain.isEmpty {
                fields.appendLiteral(String(plain), quoted: quoted)
                chars = chars.dropFirst(plain.count)
                continue
            }
            let char = chars.removeFirst()
            guard let next = chars.first else {
                fields.appendLiteral(String(char), quoted: quoted)
                continue
            }
            if next == "(" {
                let inner = Self.balanced(&chars)
                if inner.hasPrefix("("), inner.hasSuffix(")") {
                    fields.appendExpansion(arithmetic(String(inner.dropFirst().dropLast())), quoted: quoted)
                } else {
                    fields.appendExpansion(substitute(inner), quoted: quoted)
                }
            } else if next == "{" {
                chars.removeFirst()
                var depth = 1
                var inner = ""
                while let char = chars.popFirst() {
                    if char == "{" { depth += 1 }
                    if char == "}" { depth -= 1; if depth == 0 { break } }
                    inner.append(char)
                }
                braced(inner, quoted: quoted, into: &fields)
            } else if next.isLetter || next == "_" {
                let name = String(chars.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
                chars = chars.dropFirst(name.count)
                if nounset, variables[name] == nil { return expansionFailed(unsetMessage(name)) }
                fields.appendExpansion(variables[name] ?? "", quoted: quoted)
            } else if next.isNumber || "?#@*$".contains(next) {
                chars.removeFirst()
                special(String(next), quoted: quoted, into: &fields)
            } else {
                fields.appendLiteral(String(char), quoted: quoted)
            }
        }
    }

    /// A positional or special parameter: `$1`, `$#`, `$?`, `$$`, `$@` and `$*`.
    private mutating func special(_ name: String, quoted: Bool, into fields: inout ScriptFields) {
        switch name {
        case "@" where quoted:
            fields.appendParameters(positional)
        case "*" where quoted:
            // Joined by IFS's first character, none when IFS is empty.
            let separator = (variables["IFS"] ?? " ").first.map(String.init) ?? ""
            fields.appendExpansion(positional.joined(separator: separator), quoted: true)
        case "@", "*":
            fields.appendParameters(positional, quoted: false)
        default:
            let value = parameter(name)
            if nounset, value == nil { return expansionFailed(unsetMessage(name)) }
            fields.appendExpansion(value ?? "", quoted: quoted)
        }
    }

    /// A parameter's value by name, nil when unset.
    private func parameter(_ name: String) -> String? {
        switch name {
        case "?": return String(status)
        case "#": return String(positional.count)
        // The shell is the container's first process.
        case "$": return "1"
        case "0": return arg0
        default:
            if let index = Int(name) { return index >= 1 && index <= positional.count ? positional[index - 1] : nil }
            return variables[name]
        }
    }

    /// `${NAME}`, `${#NAME}`, `${NAME OP WORD}` for `-`, `=`, `+` and `?`, with or without `:`,
    /// and the pattern removals (`ScriptOutput+PatternRemoval.swift`); anything else stops the reading.
    private mutating func braced(_ inner: String, quoted: Bool, into fields: inout ScriptFields) {
        if inner.hasPrefix("#"), inner.count > 1 {
            let name = String(inner.dropFirst())
            let value = parameter(name)
            if nounset, value == nil, name != "@", name != "*" { return expansionFailed(unsetMessage(name)) }
            fields.appendExpansion(String(value?.count ?? 0), quoted: quoted)
            return
        }
        let name = Self.parameterName(inner)
        let rest = inner.dropFirst(name.count)
        guard !name.isEmpty else {
            stopped = true
            return
        }
        guard !rest.isEmpty else {
            if name == "@" || name == "*" { return special(name, quoted: quoted, into: &fields) }
            let value = parameter(name)
            if nounset, value == nil { return expansionFailed(unsetMessage(name)) }
            fields.appendExpansion(value ?? "", quoted: quoted)
            return
        }
        if rest.first == "#" || rest.first == "%" {
            guard name != "@", name != "*" else {
                stopped = true
                return
            }
            let value = parameter(name)
            if nounset, value == nil { return expansionFailed(unsetMessage(name)) }
            guard let removed = removingPattern(value ?? "", rest) else { return }
            fields.appendExpansion(removed, quoted: quoted)
            return
        }
        let colon = rest.hasPrefix(":")
        let operation = colon ? rest.dropFirst() : rest
        guard let op = operation.first, "-=+?".contains(op) else {
            stopped = true
            return
        }
        let word = String(operation.dropFirst())
        let value = parameter(name)
        let isSet = colon ? !(value ?? "").isEmpty : value != nil
        switch op {
        case "-" where !isSet, "+" where isSet:
            expand(word, quoted: quoted, into: &fields)
        case "=" where !isSet:
            var assigned = ScriptFields()
            expand(word, quoted: true, into: &assigned)
            let text = assigned.pieces.map(ScriptFields.text).joined()
            variables[name] = text
            fields.appendExpansion(text, quoted: quoted)
        case "?" where !isSet:
            // The shell reports it and, not being interactive, exits.
            var words = ScriptFields()
            expand(word, quoted: true, into: &words)
            let text = words.pieces.map(ScriptFields.text).joined()
            expansionFailed(word.isEmpty ? requiredMessage(name, null: colon) : name + ": " + text)
        case "+":
            // Nothing, but still an empty field when quoted (`"${UNSET:+x}"`).
            fields.appendExpansion("", quoted: quoted)
        default:
            fields.appendExpansion(value ?? "", quoted: quoted)
        }
    }

    /// The parameter a `${...}` names: a variable name, a number or one special character.
    private static func parameterName(_ inner: String) -> String {
        guard let first = inner.first else { return "" }
        if first.isNumber { return String(inner.prefix { $0.isNumber }) }
        if "?#@*$".contains(first) { return String(first) }
        guard first.isLetter || first == "_" else { return "" }
        return String(inner.prefix { $0.isLetter || $0.isNumber || $0 == "_" })
    }

    /// What `$(script)` prints on its standard output, its trailing newlines removed. It runs in a
    /// subshell: its variables and an `exit` stay in it.
    private mutating func substitute(_ script: String) -> String {
        captures.append("")
        inSubshell { sub in
            sub.output = .capture
            // dash and ash number a `$(...)`'s lines on from its line, a backquoted script's afresh
            // from 1; bash numbers either's from the line it ends on.
            var text = Substring(script)
            let backquoted = text.first == ScriptSyntax.backquoteMark
            if backquoted { text.removeFirst() }
            let line = sub.line
            let firstLine =
                sub.shell == .bash ? line + text.reduce(0) { $1 == "\n" ? $0 + 1 : $0 } : backquoted ? 1 : line
            sub.run(ScriptSyntax.parse(String(text), firstLine: firstLine, functionKeyword: sub.shell != .dash), tail: true)
        }
        var result = captures.removeLast()
        substitutionStatus = status
        while result.hasSuffix("\n") { result.removeLast() }
        return result
    }

    /// The text inside the parentheses that open `chars`, consumed with them (`ScriptSyntax.Nesting` finds their end).
    private static func balanced(_ chars: inout ArraySlice<Character>) -> String {
        var nesting = ScriptSyntax.Nesting(open: "(")
        var out = ""
        while let char = chars.popFirst() {
            if nesting.closes(with: char) { break }
            out.append(char)
        }
        return String(out.dropFirst())
    }

    /// `$((...))`: its `$` expansions, then its arithmetic (`ScriptArithmetic`); what this reader
    /// cannot evaluate stops the reading.
    private mutating func arithmetic(_ expression: String) -> String {
        var fields = ScriptFields()
        expand(expression, quoted: true, into: &fields)
        if stopped { return "" }
        let text = fields.pieces.map(ScriptFields.text).joined()
        let dialect = ScriptArithmetic.Dialect(
            extended: shell != .dash, nestedValues: shell != .dash, unsetFails: shell == .bash && nounset,
            divisionAlwaysChecked: shell == .ash)
        guard let value = ScriptArithmetic.evaluate(text, variables: &variables, dialect: dialect) else {
            stopped = true
            return ""
        }
        return String(value)
    }
}
