/// A control or redirection operator of the shell language.
enum ShellOperator: String, Equatable {
    case pipe = "|"
    case pipeBoth = "|&"
    case or = "||"
    case and = "&&"
    case background = "&"
    case semicolon = ";"
    case doubleSemicolon = ";;"
    case semicolonAnd = ";&"
    case doubleSemicolonAnd = ";;&"
    case openParen = "("
    case closeParen = ")"
    case less = "<"
    case great = ">"
    case doubleGreat = ">>"
    case clobber = ">|"
    case lessGreat = "<>"
    case doubleLess = "<<"
    case doubleLessDash = "<<-"
    case tripleLess = "<<<"
    case lessAnd = "<&"
    case greatAnd = ">&"
    case andGreat = "&>"
    case andDoubleGreat = "&>>"

    /// Operators that introduce a redirection.
    var isRedirection: Bool {
        switch self {
        case .less, .great, .doubleGreat, .clobber, .lessGreat, .doubleLess, .doubleLessDash,
            .tripleLess, .lessAnd, .greatAnd, .andGreat, .andDoubleGreat:
            true
        default: false
        }
    }
}

/// A token of the shell language.
enum ShellToken: Equatable {
    case word(ShellWord)
    /// An operator; `fd` is the file descriptor number written just before a redirection (`2>`).
    case op(ShellOperator, fd: Int? = nil)
    case newline
    case end

    /// How bash names the token in `syntax error near unexpected token`.
    var displayText: String {
        switch self {
        case .word(let word): word.source
        case .op(let op, let fd): (fd.map(String.init) ?? "") + op.rawValue
        case .newline, .end: "newline"
        }
    }
}
