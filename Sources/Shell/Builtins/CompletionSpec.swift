import Cluster

/// One command's completion specification: what `complete` records and `compgen` generates from.
///
/// Printed back as bash's `print_one_completion` prints it.
public struct CompletionSpec: Sendable, Equatable {
    /// `-o` names: `default`, `dirnames`, `nospace`, ...
    var options: Set<String> = []
    /// The actions, by `-A` name: `alias`, `file`, `variable`, ...
    var actions: Set<String> = []
    /// The flags with a value: `-G`, `-W`, `-F`, `-C`, `-X`, `-P`, `-S`.
    var arguments: [Character: String] = [:]

    /// The function `-F` names, which bash calls to fill `COMPREPLY`.
    public var function: String? { arguments["F"] }

    static let options = [
        "bashdefault", "default", "dirnames", "filenames", "noquote", "nosort", "nospace", "plusdirs",
    ]
    static let flagActions: [Character: String] = [
        "a": "alias", "b": "builtin", "c": "command", "d": "directory", "e": "export", "f": "file", "g": "group",
        "j": "job", "k": "keyword", "s": "service", "u": "user", "v": "variable",
    ]
    /// The actions with no letter of their own, in the order bash prints them.
    static let namedActions = [
        "arrayvar", "binding", "disabled", "enabled", "function", "helptopic", "hostname", "running", "setopt", "shopt",
        "signal", "stopped",
    ]
    static let actionNames = Set(flagActions.values).union(namedActions)

    /// Reads option letter `flag` of `complete` or `compgen`, taking its value from the letters
    /// after it or from the next argument; returns bash's message when the option is wrong.
    mutating func read(
        _ flag: Character, letters: inout Substring, rest: inout ArraySlice<String>, builtin: String, usage: String
    ) -> String? {
        if let action = Self.flagActions[flag] {
            actions.insert(action)
            return nil
        }
        guard "oAGWFCXPS".contains(flag) else {
            return Builtins.invalidOption(builtin, "-" + String(flag), usage: usage)
        }
        guard !letters.isEmpty || !rest.isEmpty else {
            return "bash: \(builtin): -\(flag): option requires an argument\n\(builtin): usage: \(usage)\n"
        }
        let value = letters.isEmpty ? rest.removeFirst() : String(letters)
        letters = ""
        switch flag {
        case "o":
            guard Self.options.contains(value) else { return "bash: \(builtin): \(value): invalid option name\n" }
            options.insert(value)
        case "A":
            guard Self.actionNames.contains(value) else { return "bash: \(builtin): \(value): invalid action name\n" }
            actions.insert(value)
        default:
            arguments[flag] = value
        }
        return nil
    }

    func printed(for name: String) -> String {
        var words = ["complete"]
        for option in Self.options where options.contains(option) { words += ["-o", option] }
        for letter in "abcdefgjksuv" where actions.contains(Self.flagActions[letter] ?? "") {
            words.append("-" + String(letter))
        }
        for action in Self.namedActions where actions.contains(action) { words += ["-A", action] }
        for flag in "GWPSXC" { if let value = arguments[flag] { words += ["-" + String(flag), Self.quoted(value)] } }
        if let function = arguments["F"] { words += ["-F", function] }
        return (words + [name]).joined(separator: " ") + "\n"
    }

    /// bash's `sh_single_quote`.
    static func quoted(_ text: String) -> String { "'" + text.replacing("'", with: "'\\''") + "'" }

    /// The order bash's `complete -p` walks its table: 512 buckets by FNV-1 hash, newest first in each.
    static func walkOrder(_ names: [String]) -> [String] {
        let ranked = names.enumerated().map { (bucket: bucket($0.element), added: $0.offset, name: $0.element) }
        return ranked.sorted { ($0.bucket, -$0.added) < ($1.bucket, -$1.added) }.map(\.name)
    }

    /// The bucket of `name` among the 512 of bash's completion table (`hash_string`).
    static func bucket(_ name: String) -> UInt32 { BashVariableTable.hash(name) & 511 }
}
