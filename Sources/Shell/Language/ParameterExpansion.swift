/// `${NAME OP ...}`: a parameter with one of bash's expansion operators.
struct ParameterExpansion: Equatable {
    /// A variable's name, a positional parameter's number or a special parameter (`@`, `*`, `#`, ...).
    var name: String
    /// `NAME[INDEX]`: the subscript as written (`@` and `*` give every element).
    var index: String?
    /// `${!NAME...}`: the parameter NAME's value names the one expanded.
    var indirect = false
    var operation: ParameterOperation
    /// The text between the braces, for bash's messages.
    var source: String

    /// The parameter as bash names it in messages: `x`, `1`, `a[@]`.
    var subject: String { name + (index.map { "[\($0)]" } ?? "") }

    /// True when `name` names a variable, not a positional or special parameter.
    static func isVariable(_ name: String) -> Bool {
        name.first.map { $0 == "_" || ($0.isASCII && $0.isLetter) } == true
    }

    /// The parameter as written, `!` included: `!r`.
    var written: String { (indirect ? "!" : "") + subject }

    /// True when the parameter is a list of words (`$@`, `$*`, `NAME[@]`, `NAME[*]`).
    var isList: Bool { index == "@" || index == "*" || (index == nil && (name == "@" || name == "*")) }

    /// True when each element stays a word of its own inside double quotes (`"${a[@]#x}"`).
    var isAllElements: Bool { index == "@" || (index == nil && name == "@") }

    /// True when inside double quotes it may still give several words: `"${a[@]#x}"`, or a
    /// default or alternative word holding `$@` (`"${u-$@}"`).
    var givesSeveralWords: Bool {
        if isAllElements { return true }
        guard case .test(let test, _, let word) = operation, test == .useDefault || test == .useAlternative else {
            return false
        }
        return word.contains { part in
            if case .doubleQuoted(let inner) = part { return inner.contains(where: \.isAllElements) }
            return part.isAllElements
        }
    }
}

/// What a `${...}` operator does with the parameter's value.
enum ParameterOperation: Equatable {
    /// `-`, `=`, `?` or `+`; with `colon`, an empty value counts as unset.
    case test(ParameterTest, colon: Bool, word: [WordPart])
    /// `#`, `##` (prefix) or `%`, `%%` (suffix): the shortest or longest match taken off.
    case remove(pattern: [WordPart], suffix: Bool, longest: Bool)
    /// `/`, `//`, `/#` or `/%`: a match replaced; nil replacement deletes it.
    case replace(pattern: [WordPart], replacement: [WordPart]?, anchor: ReplaceAnchor)
    /// `^`, `^^`, `,` or `,,`: the first or every character matching the pattern changed.
    case changeCase(pattern: [WordPart], upper: Bool, all: Bool)
    /// `:OFFSET` or `:OFFSET:LENGTH`: arithmetic expressions as written.
    case substring(offset: String, length: String?)
    /// `@Q`, `@E`, `@U`, `@u`, `@L`, `@A`, `@a`, `@K`: the value transformed.
    case transform(Unicode.Scalar)
    /// `@` with no transformation bash knows: a bad substitution, unless the parameter is unset
    /// and the text after `@` does not start with `a` or `A` (the attribute transformations,
    /// which bash checks even then).
    case unknownTransform(Unicode.Scalar?)
}

/// The four tests of a parameter being set.
enum ParameterTest: Equatable {
    /// `-`: the word when unset.
    case useDefault
    /// `=`: the word, assigned, when unset.
    case assignDefault
    /// `?`: an error when unset.
    case error
    /// `+`: the word when set.
    case useAlternative
}

/// Where `${NAME/PATTERN/STRING}` looks for its match.
enum ReplaceAnchor: Equatable {
    case first, all, prefix, suffix
}
