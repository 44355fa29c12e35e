import Kubectl

/// Why a word could not be expanded, worded as bash words it.
enum ExpansionError: Error {
    /// `${...}` no shell expands: its text between the braces, or, once `framed`, the whole
    /// string bash was expanding (`ShellExecutor.framing`).
    case badSubstitution(String, framed: Bool = false)
    /// An arithmetic error, with bash's whole message after `bash: `.
    case arithmetic(String)
    /// An assignment to one of the shell's read-only variables.
    case readonly(String)
    /// `${!NAME}` whose NAME is unset or names no variable: bash's words after `bash: `.
    case indirection(String)
    /// `${NAME?WORD}` and the other refusals of one parameter: bash's words after `bash: `.
    case parameter(String)
    /// `set -u` and an unset parameter: its name, and as bash writes it (`$1` for a positional
    /// one written without braces).
    case unset(name: String, written: String)
    /// `${NAME?}` or `${NAME:?}` (`null`) without a word of its own.
    case required(String, null: Bool)

    var message: String {
        switch self {
        case .readonly(let name): ShellSession.readonlyMessage(name)
        case .badSubstitution(let text, let framed): "bash: \(framed ? text : "${\(text)}"): bad substitution\n"
        case .arithmetic(let text), .indirection(let text), .parameter(let text): "bash: \(text)\n"
        case .unset(_, let written): "bash: \(written): unbound variable\n"
        case .required(let subject, let null): "bash: \(subject): parameter \(null ? "null or not set" : "not set")\n"
        }
    }
}

/// A run of characters in an expanded word, and whether glob characters in it are literal.
struct Piece {
    var text: String
    var quoted: Bool
}

extension ShellExecutor {
    /// Expands a word into fields: braces (in bash), then parameters, command substitution and tilde, field
    /// splitting of unquoted expansions, then pathname expansion against the virtual filesystem.
    func fields(of word: ShellWord) throws(ExpansionError) -> [String] {
        try framing(word.source) { () throws(ExpansionError) -> [String] in
            var result: [String] = []
            let words = session.dialect.braceExpansion ? BraceExpansion.expand(word.parts) : [word.parts]
            for parts in words { result += try fields(of: parts) }
            return result
        }
    }

    private func fields(of parts: [WordPart]) throws(ExpansionError) -> [String] {
        var fields: [[Piece]] = []
        var current: [Piece] = []
        var hasContent = false
        func flush() {
            if hasContent { fields.append(current) }
            current = []
            hasContent = false
        }
        // An unquoted expansion's text: split into fields at `$IFS` characters.
        func split(_ value: String) {
            let separators = Set((session.environment["IFS"] ?? " \t\n").unicodeScalars)
            guard !separators.isEmpty else {
                current.append(Piece(text: value, quoted: false))
                hasContent = hasContent || !value.isEmpty
                return
            }
            let scalars = value.unicodeScalars
            let words = scalars.split(omittingEmptySubsequences: true) { separators.contains($0) }
            if let first = scalars.first, separators.contains(first) { flush() }
            for (index, piece) in words.enumerated() {
                if index > 0 { flush() }
                current.append(Piece(text: String(String.UnicodeScalarView(piece)), quoted: false))
                hasContent = true
            }
            if let last = scalars.last, separators.contains(last) { flush() }
        }
        // A list's elements as fields, unsplit, when `$IFS` is null; empty ones vanish.
        func unsplitFields(_ elements: [String]) {
            for (index, element) in elements.enumerated() {
                if index > 0 { flush() }
                current.append(Piece(text: element, quoted: false))
                hasContent = hasContent || !element.isEmpty
            }
        }
        let ifsIsNull = session.environment["IFS"] == ""
        for part in parts {
            switch part {
            case .literal(let text):
                current.append(Piece(text: text, quoted: false))
                hasContent = true
            case .doubleQuoted(let inner) where inner.contains(where: \.isAllElements):
                // `"${a[@]}"`: each element its own field, joined to the text around it.
                for piece in inner {
                    guard let all = try quotedElements(piece) else {
                        current.append(Piece(text: try value(of: piece), quoted: true))
                        hasContent = true
                        continue
                    }
                    for (index, element) in all.enumerated() {
                        if index > 0 { flush() }
                        current.append(Piece(text: element, quoted: true))
                        hasContent = true
                    }
                }
            case .quoted, .doubleQuoted, .tilde, .processSubstitution:
                current.append(Piece(text: try value(of: part), quoted: true))
                hasContent = true
            case .expansion(let expansion) where expansion.isList && ifsIsNull:
                // With `$IFS` null, a list's elements stay fields of their own; bash joins an
                // array's with spaces, into one field, after `#` or `%` (`list_remove_pattern`).
                var elements = try expand(expansion, joiningStar: false).map { $0.map(\.text).joined() }
                if case .remove = expansion.operation, expansion.index != nil { elements = [elements.joined(separator: " ")] }
                unsplitFields(elements)
            case .element(let name, let index, false) where (index == "@" || index == "*") && ifsIsNull:
                unsplitFields(session.elements(session.referencedName(name)))
            case .parameter(let name) where (name == "@" || name == "*") && ifsIsNull:
                unsplitFields(session.positional)
            case .expansion(let expansion):
                for (index, element) in try expand(expansion).enumerated() {
                    if index > 0 { flush() }
                    for piece in element {
                        if piece.quoted {
                            current.append(piece)
                            hasContent = true
                        } else {
                            split(piece.text)
                        }
                    }
                }
            case .parameter, .parameterLength, .element, .indices, .indirect, .names, .commandSubstitution,
                .badSubstitution, .arithmetic:
                split(try value(of: part))
            }
        }
        flush()
        return fields.flatMap(expandPathnames)
    }

    /// The fields `"${a[@]}"`, `"${!a[@]}"`, `"${!PREFIX@}"`, `"$@"` or `"${a[@]#x}"` give,
    /// one per element; nil for a part that gives one string.
    func quotedElements(_ part: WordPart) throws(ExpansionError) -> [String]? {
        switch part {
        case .element(let name, "@", false): session.elements(session.referencedName(name))
        case .indices(let name, "@"): session.indices(session.referencedName(name))
        case .names(let prefix, "@"): session.variableNames(startingWith: prefix)
        case .parameter("@"): session.positional
        case .expansion(let expansion) where expansion.givesSeveralWords:
            try expand(expansion).map { $0.map(\.text).joined() }
        default: nil
        }
    }

    /// Expands a word into one string, without field splitting or globbing (assignments, here-strings).
    func string(of word: ShellWord) throws(ExpansionError) -> String {
        try framing(word.source) { () throws(ExpansionError) -> String in try expandedText(word.parts) }
    }

    /// The parts' values joined, as inside double quotes.
    func expandedText(_ parts: [WordPart]) throws(ExpansionError) -> String {
        var text = ""
        for part in parts { text += try value(of: part) }
        return text
    }

    /// A word expanded as a pattern (`case`, `[[ == ]]`): quoted parts match themselves.
    func patternCharacters(of word: ShellWord) throws(ExpansionError) -> [PatternCharacter] {
        var result: [PatternCharacter] = []
        for part in word.parts {
            if case .expansion(let expansion) = part {
                // `${u:-"*"}`: what the operator's word quoted stays literal.
                for piece in try expand(expansion).joined(separator: [Piece(text: " ", quoted: false)]) {
                    result += piece.text.unicodeScalars.map { PatternCharacter(scalar: $0, quoted: piece.quoted) }
                }
                continue
            }
            let quoted: Bool
            switch part {
            case .quoted, .doubleQuoted, .tilde: quoted = true
            default: quoted = false
            }
            result += try value(of: part).unicodeScalars.map { PatternCharacter(scalar: $0, quoted: quoted) }
        }
        return result
    }

    func value(of part: WordPart) throws(ExpansionError) -> String {
        switch part {
        case .literal(let text), .quoted(let text): return text
        case .doubleQuoted(let inner): return try expandedText(inner)
        case .parameter(let name):
            try checkSet(name: name, braced: false)
            return parameter(name)
        case .parameterLength(let name):
            // `${#@}` and `${#*}` count the positional parameters.
            if name == "@" || name == "*" { return String(session.positional.count) }
            try checkSet(name: name)
            return String(parameter(name).unicodeScalars.count)
        case .element(let written, let index, let length):
            let name = session.referencedName(written)
            if index == "@" || index == "*" {
                let all = session.elements(name)
                return length ? String(all.count) : all.joined(separator: joiner(index))
            }
            try checkSet(name: name, index: index)
            let value =
                session.isAssociative(name)
                ? session.associative[name]?[try subscriptKey(index)] ?? ""
                : session.element(name, try arithmetic(index)) ?? ""
            return length ? String(value.unicodeScalars.count) : value
        case .indices(let name, let index):
            return session.indices(session.referencedName(name)).joined(separator: joiner(index))
        case .indirect(let name): return try indirectValue(name)
        case .names(let prefix, let index):
            return session.variableNames(startingWith: prefix).joined(separator: joiner(index))
        case .badSubstitution(let text): throw .badSubstitution(text)
        case .expansion(let expansion):
            // `[*]` comes back already joined; `[@]` elements join with a space, as `"${a[@]}"` in an assignment.
            return try expand(expansion).map { $0.map(\.text).joined() }.joined(separator: " ")
        case .tilde(let name):
            if name.isEmpty { return session.environment["HOME"] ?? session.home }
            if name == session.user { return session.home }
            return homeDirectory(of: name) ?? (name == "root" ? "/root" : "~" + name)
        case .commandSubstitution(let source): return substitute(source)
        case .processSubstitution(let source): return processSubstitution(source)
        case .arithmetic(let source): return String(try arithmetic(source))
        }
    }

    /// What joins an array's elements: the first character of `$IFS` for `[*]`, a space for `[@]`.
    func joiner(_ index: String) -> String {
        index == "*" ? String((session.environment["IFS"] ?? " ").prefix(1)) : " "
    }

    /// A user's home directory from the simulated `/etc/passwd`.
    private func homeDirectory(of user: String) -> String? {
        guard let passwd = session.filesystem.read("/etc/passwd") else { return nil }
        for line in passwd.split(separator: "\n") {
            let fields = line.split(separator: ":", omittingEmptySubsequences: false)
            if fields.count >= 6, fields[0] == user { return String(fields[5]) }
        }
        return nil
    }

    func parameter(_ name: String) -> String {
        switch name {
        case "?": String(session.lastStatus)
        case "$": String(session.processID)
        case "#": String(session.positional.count)
        case "0": session.commandName
        case "-": "himBHs"
        case "@", "*": session.positional.joined(separator: " ")
        case "1", "2", "3", "4", "5", "6", "7", "8", "9":
            Int(name).flatMap { $0 <= session.positional.count ? session.positional[$0 - 1] : nil } ?? ""
        case "!": session.jobs.lastBackgroundProcess.map(String.init) ?? ""
        default: session.value(of: name) ?? ""
        }
    }

    /// Runs `$(...)` in a subshell and returns its output without trailing newlines.
    private func substitute(_ source: String) -> String {
        guard session.depth < ShellLimits.nesting else {
            errorSink.write(ShellLimits.nestingMessage, to: .stderr)
            aborted = true
            return ""
        }
        session.depth += 1
        defer { session.depth -= 1 }
        let pipe = CaptureSink(errors: errorSink)
        let status = inSubshell(.commandSubstitution) {
            // bash execs its last command too.
            session.execsLastCommand = true
            runSource(source, input: "", sink: pipe, lineOffset: session.linesRead, firstLine: session.currentLine)
            return session.lastStatus
        }
        session.lastStatus = status
        substitutionStatus = status
        var output = pipe.captured.unicodeScalars[...]
        while output.last == "\n" { output.removeLast() }
        return String(String.UnicodeScalarView(output))
    }

    /// Replaces a field holding unquoted `*`, `?` or `[` with the sorted paths it matches, if any.
    private func expandPathnames(_ field: [Piece]) -> [String] {
        let text = field.map(\.text).joined()
        guard
            field.contains(where: {
                !$0.quoted && $0.text.unicodeScalars.contains { "*?[".unicodeScalars.contains($0) }
            })
        else {
            return [text]
        }
        let pattern = field.flatMap { piece in
            piece.text.unicodeScalars.map { PatternCharacter(scalar: $0, quoted: piece.quoted) }
        }
        let matches = session.filesystem.glob(pattern, from: session.cwd, user: session.user)
        return matches.isEmpty ? [text] : matches
    }
}

extension WordPart {
    /// `${NAME[@]}`, `${!NAME[@]}`, `${!PREFIX@}` or `$@`, which inside double quotes still give one field per element.
    var isAllElements: Bool {
        switch self {
        case .element(_, "@", false), .indices(_, "@"), .names(_, "@"), .parameter("@"): true
        case .expansion(let expansion): expansion.givesSeveralWords
        default: false
        }
    }
}
