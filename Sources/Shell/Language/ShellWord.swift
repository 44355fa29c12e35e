/// One piece of a shell word, keeping what quoting means for expansion.
indirect enum WordPart: Equatable {
    /// Unquoted text: subject to globbing.
    case literal(String)
    /// Text quoted with `'...'`, `\c` or inside `"..."`: taken as is.
    case quoted(String)
    /// The contents of `"..."`: expansions inside are not split or globbed.
    case doubleQuoted([WordPart])
    /// `$NAME`, `${NAME}`, `$?` and the other special parameters.
    case parameter(String)
    /// `${#NAME}`: the length of a variable's value.
    case parameterLength(String)
    /// `${NAME[INDEX]}`, `${NAME[@]}` or `${NAME[*]}`; with `length`, `${#NAME[...]}`.
    case element(String, index: String, length: Bool)
    /// `${!NAME[@]}` or `${!NAME[*]}`: the indices an array has set.
    case indices(String, index: String)
    /// `${!NAME}`: the variable NAME's value names (a name reference: the name it refers to).
    case indirect(String)
    /// `${!PREFIX*}` or `${!PREFIX@}`: the names of the variables that start with PREFIX.
    case names(prefix: String, index: String)
    /// `${NAME:-WORD}`, `${NAME#PATTERN}`, `${NAME:OFFSET}` and bash's other operators.
    case expansion(ParameterExpansion)
    /// `${...}` that bash would refuse with `bad substitution`; holds the text between the braces.
    case badSubstitution(String)
    /// `~` or `~user` at the start of a word.
    case tilde(String)
    /// `$(...)` or `` `...` ``: the source text of the command.
    case commandSubstitution(String)
    /// `$((...))`: the expression's source text.
    case arithmetic(String)
    /// `<(...)`: the source text of the command whose output the word names as a file.
    case processSubstitution(String)
}

/// A word as the lexer read it: its parts, and the source text it came from.
struct ShellWord: Equatable {
    var parts: [WordPart]
    var source: String

    /// True when no part of the word was quoted or escaped, so it may name an alias or be an assignment.
    var isPlain: Bool {
        parts.allSatisfy { if case .literal = $0 { true } else { false } }
    }

    /// The unquoted literal text, when the whole word is plain.
    var plainText: String? {
        guard isPlain else { return nil }
        return parts.map { if case .literal(let text) = $0 { text } else { "" } }.joined()
    }
}
