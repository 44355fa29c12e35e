import Kubectl

/// The commands bash runs itself, which take precedence over registered commands.
enum Builtins {
    static let names = [
        ".", ":", "[", "alias", "bg", "break", "cd", "command", "compgen", "complete", "continue", "declare", "disown", "echo", "exec", "exit", "export", "false", "fg",
        "history", "jobs", "kill", "let", "local", "mapfile", "printf", "pwd", "read", "readarray", "readonly", "return",
        "set", "shift", "source", "test", "true", "type",
        "typeset", "unalias", "unset", "wait",
    ]

    static func command(named name: String) -> (any ShellCommand)? {
        switch name {
        case "echo": EchoBuiltin()
        case "cd": CdBuiltin()
        case "pwd": PwdBuiltin()
        case "true", ":": StatusBuiltin(status: 0)
        case "false": StatusBuiltin(status: 1)
        case "exit": ExitBuiltin()
        case "export": ExportBuiltin()
        case "unset": UnsetBuiltin()
        case "alias": AliasBuiltin()
        case "unalias": UnaliasBuiltin()
        case "printf": PrintfBuiltin()
        case "history": HistoryBuiltin()
        case "read": ReadBuiltin()
        case "let": LetBuiltin()
        case "local": LocalBuiltin()
        case "readonly": ReadonlyBuiltin()
        case "mapfile", "readarray": MapfileBuiltin(name: name)
        case "return": ReturnBuiltin()
        case "shift": ShiftBuiltin()
        case "set": SetBuiltin()
        case "break": LoopControlBuiltin(breaks: true)
        case "continue": LoopControlBuiltin(breaks: false)
        case "type": TypeBuiltin()
        case "source", ".": SourceBuiltin(name: name)
        case "command": CommandBuiltin()
        case "compgen": CompgenBuiltin()
        case "complete": CompleteBuiltin()
        case "test": TestBuiltin(closing: nil)
        case "[": TestBuiltin(closing: "]")
        case "[[": TestBuiltin(closing: "]]")
        case "wait": WaitBuiltin()
        case "jobs": JobsBuiltin()
        case "kill": KillBuiltin()
        case "fg": ForegroundBuiltin(foreground: true)
        case "bg": ForegroundBuiltin(foreground: false)
        case "disown": DisownBuiltin()
        case "exec": ExecBuiltin()
        case "declare", "typeset": DeclareBuiltin(name: name)
        default: nil
        }
    }

    /// Splits a builtin's leading `-x` options from its operands, as bash's internal getopt does.
    ///
    /// Returns the first unknown option instead when there is one.
    static func options(_ arguments: ArraySlice<String>, allowed: Set<Character>) -> (
        options: Set<Character>, operands: [String], invalid: String?
    ) {
        var options = Set<Character>()
        var rest = arguments
        while let first = rest.first, first.hasPrefix("-"), first.count > 1 {
            rest.removeFirst()
            if first == "--" { break }
            for flag in first.dropFirst() {
                guard allowed.contains(flag) else { return (options, Array(rest), "-" + String(flag)) }
                options.insert(flag)
            }
        }
        return (options, Array(rest), nil)
    }

    /// A builtin's leading options as bash's internal getopt reads them, where those in `valued`
    /// take a value (glued on or the next word): each flag given with its value ("" for none),
    /// and the operands. Nil after writing bash's complaint and usage line to `io`.
    static func options(
        _ arguments: ArraySlice<String>, allowed: Set<Character>, valued: Set<Character>, builtin: String, usage: String, io: IOStreams
    ) -> (flags: [Character: String], operands: [String])? {
        var flags: [Character: String] = [:]
        var rest = arguments
        while let first = rest.first, first.hasPrefix("-"), first.count > 1 {
            rest.removeFirst()
            if first == "--" { break }
            var letters = Substring(first.dropFirst())
            while let flag = letters.popFirst() {
                guard allowed.contains(flag) || valued.contains(flag) else {
                    io.err(invalidOption(builtin, "-" + String(flag), usage: usage))
                    return nil
                }
                guard valued.contains(flag) else {
                    flags[flag] = ""
                    continue
                }
                guard !letters.isEmpty || !rest.isEmpty else {
                    io.err("bash: \(builtin): -\(flag): option requires an argument\n\(builtin): usage: \(usage)\n")
                    return nil
                }
                flags[flag] = letters.isEmpty ? rest.removeFirst() : String(letters)
                letters = ""
            }
        }
        return (flags, Array(rest))
    }

    /// bash's complaint about an unknown option, with the builtin's usage line.
    static func invalidOption(_ builtin: String, _ option: String, usage: String) -> String {
        "bash: \(builtin): \(option): invalid option\n\(builtin): usage: \(usage)\n"
    }
}

/// `true` and `false`: ignore their arguments and return a fixed status.
struct StatusBuiltin: ShellCommand {
    let status: Int32

    func run(_ context: CommandContext) -> Int32 { status }
}
