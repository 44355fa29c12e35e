/// What `declare` does with the two kinds of array: refusing to turn one into the other, and
/// writing an associative array back as bash 5.2 does.
extension DeclareBuiltin {
    /// bash's refusal when the options would turn an indexed array associative or back; nil when they do not.
    func arrayConversion(_ session: ShellSession, _ variable: String, on: Set<Character>) -> String? {
        if on.contains("A"), session.arrays[variable] != nil || session.attributes[variable]?.contains("a") == true {
            return "cannot convert indexed to associative array"
        }
        if on.contains("a"), session.isAssociative(variable) { return "cannot convert associative to indexed array" }
        return nil
    }

    /// `([0]="a" [2]="b")`: an indexed array's elements in index order.
    static func indexedValue(_ elements: [Int: String]) -> String {
        "(" + elements.keys.sorted().map { "[\($0)]=\(doubleQuoted(elements[$0] ?? ""))" }.joined(separator: " ") + ")"
    }

    /// The value of an array variable as `declare -p` and `set` write it; nil for a scalar.
    static func arrayValue(_ session: ShellSession, _ name: String) -> String? {
        if let table = session.associative[name] { return associativeValue(table) }
        return session.arrays[name].map(indexedValue)
    }

    /// `([KEY]="VALUE" ...)` in bash's key order, each item followed by a space; `()` when empty.
    static func associativeValue(_ table: BashHashTable) -> String {
        "(" + table.keys.map { "[\(associativeKey($0))]=\(doubleQuoted(table[$0] ?? "")) " }.joined() + ")"
    }

    /// A key as `declare -p` writes it: in double quotes when it holds a character the shell
    /// would read specially, or is `@` or `*` alone.
    private static func associativeKey(_ key: String) -> String {
        let metas = Set(" \t\n'\"\\|&;()<>!{}*[]?^$`".unicodeScalars)
        let scalars = Array(key.unicodeScalars)
        let special =
            scalars.contains(where: metas.contains) || key == "@" || scalars.first == "#"
            || scalars.indices.contains {
                scalars[$0] == "~" && ($0 == 0 || scalars[$0 - 1] == "=" || scalars[$0 - 1] == ":")
            }
        return special ? doubleQuoted(key) : key
    }
}
