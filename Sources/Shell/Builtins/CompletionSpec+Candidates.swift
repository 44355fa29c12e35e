import Kubectl

extension CompletionSpec {
    /// The words the specification offers for `word`.
    ///
    /// The order is bash's `gen_compspec_completions`: the actions, then `-G`'s glob, then `-W`'s
    /// list, then `reply` (what `-F`'s function left in COMPREPLY); `-X` filters them and `-P`
    /// and `-S` wrap them. With nothing found, `-o dirnames`
    /// offers directories and `-o default` (or `bashdefault`) file names. `marking` ends
    /// directory names in "/" as readline shows them.
    func candidates(
        for word: String, session: ShellSession, errors: any OutputSink, marking: Bool, reply: [String] = []
    ) -> [String] {
        var found: [String] = []
        for action in Self.listedActions where actions.contains(action) {
            found += Self.names(of: action, in: session).filter { $0.hasPrefix(word) }
        }
        if actions.contains("command") { found += session.commandCompletions(word) }
        if actions.contains("file") { found += session.fileCompletions(word, marking: marking) }
        if actions.contains("user") { found += session.accountNames(in: "/etc/passwd").filter { $0.hasPrefix(word) } }
        if actions.contains("group") { found += session.accountNames(in: "/etc/group").filter { $0.hasPrefix(word) } }
        if actions.contains("directory") {
            found += session.fileCompletions(word, directoriesOnly: true, marking: marking)
        }
        if let pattern = arguments["G"] { found += session.globCompletions(pattern) }
        if let list = arguments["W"] {
            found += Self.expandedWords(list, session: session, errors: errors).filter { $0.hasPrefix(word) }
        }
        found += reply
        if let filter = arguments["X"] {
            // A leading `!` keeps the words that match instead; `&` stands for the word completed.
            let keepsMatches = filter.hasPrefix("!")
            let pattern = (keepsMatches ? String(filter.dropFirst()) : filter).replacing("&", with: word)
            found = found.filter { TestPrimitives.fnmatch(pattern, $0) == keepsMatches }
        }
        found = found.map { (arguments["P"] ?? "") + $0 + (arguments["S"] ?? "") }
        if options.contains("plusdirs") {
            found += session.fileCompletions(word, directoriesOnly: true, marking: marking)
        }
        if found.isEmpty, options.contains("dirnames") {
            found = session.fileCompletions(word, directoriesOnly: true, marking: marking)
        }
        if found.isEmpty, options.contains("default") || options.contains("bashdefault") {
            found = session.fileCompletions(word, marking: marking)
        }
        return found
    }

    /// The actions whose names come from a list, in bash's order; commands, files, users, groups
    /// and directories follow them.
    private static let listedActions = [
        "alias", "arrayvar", "binding", "builtin", "disabled", "enabled", "export", "function", "helptopic",
        "hostname", "job", "keyword", "running", "setopt", "shopt", "signal", "stopped", "variable",
    ]

    /// bash's reserved words, in the order `compgen -k` lists them.
    static let keywords = [
        "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until", "do", "done", "in",
        "function", "time", "{", "}", "!", "[[", "]]", "coproc",
    ]

    /// `compgen -A signal`: `EXIT`, each signal by its `SIG` name (glibc's own two as bash calls
    /// them), then the traps that are no signals.
    static let signalNames =
        ["EXIT"]
        + (1...Signal.highest).map { number in Signal(number: number).name.map { "SIG" + $0 } ?? "SIGJUNK(\(number))" }
        + ["DEBUG", "ERR", "RETURN"]

    private static func names(of action: String, in session: ShellSession) -> [String] {
        switch action {
        case "alias": session.aliases.keys.sorted(by: codePointOrder)
        case "arrayvar": Set(session.arrays.keys).union(session.associative.keys).sorted(by: codePointOrder)
        case "builtin", "enabled", "helptopic": Builtins.names
        case "export": session.exported.filter { session.environment[$0] != nil }.sorted(by: codePointOrder)
        case "function": session.functions.keys.sorted(by: codePointOrder)
        case "keyword": keywords
        case "setopt": SetBuiltin.optionNames
        case "signal": signalNames
        case "variable": session.variableNames
        default: []
        }
    }

    /// `-W`'s list split at blanks (quotes keep a word whole), each word then expanded as bash
    /// expands it (parameters, command substitution, braces, quote removal) but not globbed.
    static func expandedWords(_ list: String, session: ShellSession, errors: any OutputSink) -> [String] {
        let executor = ShellExecutor(session: session, errors: errors)
        return wordListFields(list).flatMap { field -> [String] in
            var parser = ShellParser(": " + field, dialect: session.dialect)
            guard let parsed = try? parser.nextCommand(aliases: [:]), parsed.items.count == 1,
                let pipeline = parsed.items.first?.first, pipeline.stages.count == 1,
                case .simple(let command) = pipeline.stages[0], command.words.count == 2,
                let fields = try? executor.fields(of: command.words[1])
            else { return [field] }
            return fields
        }
    }

    /// The words of a list as the shell splits it at blanks, glob characters outside quotes escaped.
    private static func wordListFields(_ list: String) -> [String] {
        var fields: [String] = []
        var field = ""
        var inField = false
        var quote: Character?
        var escaped = false
        for character in list {
            if escaped {
                field.append(character)
                escaped = false
            } else if let open = quote {
                field.append(character)
                if character == open { quote = nil } else if character == "\\", open == "\"" { escaped = true }
            } else if character == " " || character == "\t" || character == "\n" {
                if inField { fields.append(field) }
                field = ""
                inField = false
            } else {
                inField = true
                if character == "'" || character == "\"" { quote = character }
                if character == "\\" { escaped = true }
                if "*?[".contains(character) { field.append("\\") }
                field.append(character)
            }
        }
        if inField { fields.append(field) }
        return fields
    }
}
