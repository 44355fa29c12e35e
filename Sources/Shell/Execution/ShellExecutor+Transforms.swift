extension ShellExecutor {
    /// `${NAME@OP}`: `Q` quoted for reuse, `E` escapes expanded, `P` decoded as a prompt, `U`/`u`/`L` case changed, `A`
    /// the assignment that recreates it, `a` its attributes, `K` keys beside quoted values.
    func transformed(_ target: ParameterExpansion, _ values: [String], _ letter: Unicode.Scalar)
        throws(ExpansionError) -> [String]
    {
        let name = session.referencedName(target.name)
        let isVariable = ParameterExpansion.isVariable(name)
        switch letter {
        case "Q": return values.map(Self.quotedForReuse)
        case "E": return values.map { EscapeSequences.decode($0.unicodeScalars, dialect: .ansiC).text }
        case "P":
            var expanded: [String] = []
            for value in values { expanded.append(try promptExpanded(value)) }
            return expanded
        case "U", "L":
            return values.map { ShellSession.changedCase($0, upper: letter == "U") }
        case "u":
            return values.map { value in
                guard let first = value.unicodeScalars.first else { return value }
                return String(ShellSession.changedCase(first, upper: true)) + String(value.unicodeScalars.dropFirst())
            }
        case "a":
            let flags = isVariable ? session.declarationFlags(name).filter { $0 != "-" } : ""
            return values.map { _ in flags }
        case "K":
            // `$@` and `$*` have no keys: their values alone, quoted.
            guard target.isList, target.index != nil else { return values.map(Self.quotedForReuse) }
            let keys = session.indices(name)
            return [zip(keys, values).map { "\($0) \(DeclareBuiltin.doubleQuoted($1))" }.joined(separator: " ")]
        default:
            return assignments(target, name, values, isVariable: isVariable)
        }
    }

    /// `${NAME@A}`: `NAME='value'`, with `declare -FLAGS` first when it has attributes; a whole
    /// array as `declare -p` writes it; `$@` as the `set --` that sets it.
    private func assignments(_ target: ParameterExpansion, _ name: String, _ values: [String], isVariable: Bool)
        -> [String]
    {
        guard isVariable else {
            return target.isList ? ["set -- " + values.map(Self.quotedForReuse).joined(separator: " ")] : []
        }
        let flags = session.declarationFlags(name)
        let head = flags == "--" ? "" : "declare \(flags) "
        if target.isList, let array = DeclareBuiltin.arrayValue(session, name) { return [head + name + "=" + array] }
        return values.map { head + name + "=" + Self.quotedForReuse($0) }
    }

    /// A value as `@Q` writes it: in single quotes, or bash's `$'...'` when it holds a control character.
    static func quotedForReuse(_ value: String) -> String {
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return DeclareBuiltin.ansiCQuoted(value)
        }
        return "'" + value.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
    }
}
