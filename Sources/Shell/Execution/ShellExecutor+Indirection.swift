extension ShellExecutor {
    /// `${!NAME}`: the value of the parameter NAME's value names (`x=y; ${!x}` is `$y`, and
    /// `a[1]`, `1` or `@` work too); for a name reference, the name it refers to.
    func indirectValue(_ name: String) throws(ExpansionError) -> String {
        if session.attributes[name]?.contains("n") == true { return session.environment[name] ?? "" }
        guard let target = indirectTarget(name) else { throw .indirection("\(name): invalid indirect expansion") }
        if target.isEmpty, name == "@" || name == "*" { return "" }
        if let element = ShellLexer.arrayElement(target) { return try expandedText([element]) }
        let special = target.count == 1 && "?$#0-@*!".contains(target)
        guard ShellLexer.isParameterName(target) || special || (!target.isEmpty && target.allSatisfy(\.isASCIIDigit))
        else { throw .indirection("\(target): invalid variable name") }
        do {
            return try expandedText([.parameter(target)])
        } catch {
            // With `set -u`, bash names the parameter written, not the one it names.
            switch error {
            case .parameter, .unset, .required: throw .parameter("!\(name): unbound variable")
            default: throw error
            }
        }
    }

    /// The name `${!NAME}` follows: NAME's value, a positional or special parameter's included
    /// (`${!1}`, `${!#}`), a list's elements joined by spaces; nil when NAME is unset.
    func indirectTarget(_ name: String) -> String? {
        plainValues(of: name, index: nil)?.joined(separator: " ")
    }
}
