/// What a shell's language accepts beyond POSIX sh: bash's extensions, the few busybox ash
/// takes (its `ASH_BASH_COMPAT` build, as busybox and Alpine ship it), or none (dash 0.5.12,
/// Debian 12's `sh`). The lexer, parser and executor consult it; what each shell says when it
/// refuses something is in `ShellDialect+Messages.swift`.
struct ShellDialect: Sendable, Equatable {
    let flavour: ShellFlavour
    /// What `[[ ... ]]` is: bash's compound command, busybox ash's `[[` builtin (`BASH_TEST2`),
    /// or a name like any other (dash).
    let doubleBrackets: DoubleBrackets
    /// Arrays and what came with them in bash 3.1: `NAME=(...)`, `NAME[i]=`, `NAME+=`, `${NAME[i]}`.
    let arrays: Bool
    /// `(( EXPRESSION ))` and `for (( ...; ...; ... ))`.
    let arithmeticCommand: Bool
    /// `function NAME { ...; }` (busybox ash: `BASH_FUNCTION`).
    let functionKeyword: Bool
    /// `$'...'` with backslash escapes (busybox ash: `BASH_DOLLAR_SQUOTE`).
    let dollarSingleQuotes: Bool
    /// `<<< WORD`.
    let hereStrings: Bool
    /// `&>FILE` (busybox ash: `BASH_REDIR_OUTPUT`).
    let redirectsBoth: Bool
    /// `&>>FILE`, `|&`, and `;&` / `;;&` in `case`.
    let bashOperators: Bool
    /// `{a,b}` and `{1..3}`.
    let braceExpansion: Bool
    /// `<(LIST)`: a command's output read as a file.
    var processSubstitution: Bool { flavour == .bash }
    /// `${NAME:OFFSET:LENGTH}` and `${NAME/PATTERN/STRING}` (busybox ash: `BASH_SUBSTR`,
    /// `BASH_PATTERN_SUBST`).
    let substringAndReplace: Bool
    /// `${NAME^^}`, `${NAME,,}`, `${NAME@Q}`, `${!NAME}` and `${!PREFIX*}`.
    let bashParameterOperators: Bool
    /// `$RANDOM` (busybox ash's `ASH_RANDOM_SUPPORT`; dash has none).
    let randomVariable: Bool
    /// `time PIPELINE` as a keyword.
    let timeKeyword: Bool
    /// `echo` decodes backslash escapes with no option and takes only `-n` (dash's `echocmd`).
    let echoAlwaysEscapes: Bool
    /// Builtins of bash this shell does not have (their names then run as programs, if any).
    let missingBuiltins: Set<String>

    static let bash = ShellDialect(
        flavour: .bash, doubleBrackets: .keyword, arrays: true, arithmeticCommand: true, functionKeyword: true,
        dollarSingleQuotes: true, hereStrings: true, redirectsBoth: true, bashOperators: true, braceExpansion: true,
        substringAndReplace: true, bashParameterOperators: true, randomVariable: true, timeKeyword: true, echoAlwaysEscapes: false,
        missingBuiltins: ["[["])

    /// dash 0.5.12: its builtins are those of `src/builtins.def.in`.
    static let dash = ShellDialect(
        flavour: .dash, doubleBrackets: .none, arrays: false, arithmeticCommand: false, functionKeyword: false,
        dollarSingleQuotes: false, hereStrings: false, redirectsBoth: false, bashOperators: false, braceExpansion: false,
        substringAndReplace: false, bashParameterOperators: false, randomVariable: false, timeKeyword: false,
        echoAlwaysEscapes: true,
        missingBuiltins: ["[[", "complete", "declare", "disown", "history", "let", "mapfile", "readarray", "source", "typeset"])

    /// busybox 1.36/1.37 ash with `ASH_BASH_COMPAT`: its builtins are those of `builtintab` in
    /// `shell/ash.c`.
    static let ash = ShellDialect(
        flavour: .ash, doubleBrackets: .builtin, arrays: false, arithmeticCommand: false, functionKeyword: true,
        dollarSingleQuotes: true, hereStrings: false, redirectsBoth: true, bashOperators: false, braceExpansion: false,
        substringAndReplace: true, bashParameterOperators: false, randomVariable: true, timeKeyword: false,
        echoAlwaysEscapes: false,
        missingBuiltins: ["complete", "declare", "disown", "mapfile", "readarray", "typeset"])

    /// Whether the shell has the operator (the lexer reads what it lacks as shorter operators:
    /// dash reads `<<<` as `<<` and `<`, `&>` as `&` and `>`).
    func has(_ op: ShellOperator) -> Bool {
        switch op {
        case .tripleLess: hereStrings
        case .andGreat: redirectsBoth
        case .andDoubleGreat, .pipeBoth, .semicolonAnd, .doubleSemicolonAnd: bashOperators
        default: true
        }
    }

    /// Whether `${...}` read as `part` is one this shell expands; the others are its bad
    /// substitutions, refused when the word is expanded (dash `expand.c` `varvalue`, ash
    /// `varvalue`: a subtype of 0).
    func expands(_ part: WordPart) -> Bool {
        switch part {
        case .element, .indices: return arrays
        case .indirect, .names: return bashParameterOperators
        case .expansion(let expansion):
            if (expansion.indirect && !bashParameterOperators) || (expansion.index != nil && !arrays) { return false }
            switch expansion.operation {
            case .test, .remove: return true
            case .replace(_, _, let anchor): return substringAndReplace && (anchor == .first || anchor == .all || bashParameterOperators)
            case .substring: return substringAndReplace
            case .changeCase, .transform, .unknownTransform: return bashParameterOperators
            }
        default: return true
        }
    }
}

/// How a shell reads `[[`.
enum DoubleBrackets: Sendable, Equatable {
    /// bash: a compound command with its own grammar, its words neither split nor globbed.
    case keyword
    /// busybox ash: a regular builtin running `test` (`coreutils/test.c` with `BASH_TEST2`) over
    /// words expanded as any command's; while a `[[` word is open, `&&` and `||` are its words
    /// (`shell/ash.c` `simplecmd`).
    case builtin
    /// dash: a command name, found nowhere.
    case none
}

extension ShellDialect {
    /// The language of `flavour`.
    init(_ flavour: ShellFlavour) {
        switch flavour {
        case .bash: self = .bash
        case .dash: self = .dash
        case .ash: self = .ash
        }
    }
}
