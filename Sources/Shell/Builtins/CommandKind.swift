/// What a command name means to bash, in the order it looks: an alias, a reserved word, a
/// function, a builtin, or a program found in `$PATH` (`type` and `command -v` report it).
enum CommandKind: Equatable {
    case alias(String)
    case keyword
    case function
    case builtin
    case file(String)

    /// Every meaning `name` has, first the one bash uses; `aliases` is false for `command`,
    /// which looks past aliases when it runs a name.
    static func all(_ name: String, in session: ShellSession) -> [CommandKind] {
        var kinds: [CommandKind] = []
        if let value = session.aliases[name] { kinds.append(.alias(value)) }
        if reservedWords.contains(name), name != "[[" || session.dialect.doubleBrackets == .keyword { kinds.append(.keyword) }
        if session.functions[name] != nil { kinds.append(.function) }
        if session.builtin(named: name) != nil { kinds.append(.builtin) }
        if name.contains("/") {
            if let entry = session.filesystem.entry(session.resolve(name)), entry.kind == .file, entry.mode & 0o111 != 0 {
                kinds.append(.file(name))
            }
        } else if let path = session.programPath(name) {
            kinds.append(.file(path))
        }
        return kinds
    }

    /// bash's reserved words.
    static let reservedWords: Set<String> = [
        "!", "[[", "]]", "{", "}", "case", "coproc", "do", "done", "elif", "else", "esac", "fi", "for", "function", "if",
        "in", "select", "then", "time", "until", "while",
    ]

    /// One word for it, as `type -t` prints.
    var word: String {
        switch self {
        case .alias: "alias"
        case .keyword: "keyword"
        case .function: "function"
        case .builtin: "builtin"
        case .file: "file"
        }
    }

    /// The sentence `type` prints about `name`.
    func sentence(_ name: String) -> String {
        switch self {
        case .alias(let value): "\(name) is aliased to `\(value)'"
        case .keyword: "\(name) is a shell keyword"
        case .function: "\(name) is a function"
        case .builtin: "\(name) is a shell builtin"
        case .file(let path): "\(name) is \(path)"
        }
    }
}
