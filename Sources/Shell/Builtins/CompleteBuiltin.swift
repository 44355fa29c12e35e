import Kubectl

/// `complete`: records, prints (`-p`) and removes (`-r`) how bash completes a command's words.
///
/// The lab's own line editor does the completing; the specifications (`-F FUNCTION`, `-W WORDS`,
/// `-o OPTION`, ...) are kept so scripts such as `source <(kubectl completion bash)` and
/// `complete -o default -F __start_kubectl k` run as in bash.
struct CompleteBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var spec = CompletionSpec()
        var printing = false
        var removing = false
        // -D, -E and -I name the default, empty-line and first-word completions instead of commands.
        var special = false
        var rest = context.arguments.dropFirst()
        while let first = rest.first, first.hasPrefix("-"), first.count > 1 {
            rest.removeFirst()
            if first == "--" { break }
            var letters = Substring(first.dropFirst())
            while let flag = letters.popFirst() {
                if "pr".contains(flag) {
                    if flag == "p" { printing = true } else { removing = true }
                    continue
                }
                if "DEI".contains(flag) {
                    special = true
                    continue
                }
                if let action = CompletionSpec.flagActions[flag] {
                    spec.actions.insert(action)
                    continue
                }
                guard "oAGWFCXPS".contains(flag) else {
                    context.io.err(Builtins.invalidOption("complete", "-" + String(flag), usage: usage))
                    return 2
                }
                guard !letters.isEmpty || !rest.isEmpty else {
                    context.io.err("bash: complete: -\(flag): option requires an argument\ncomplete: usage: \(usage)\n")
                    return 2
                }
                let value = letters.isEmpty ? rest.removeFirst() : String(letters)
                letters = ""
                switch flag {
                case "o":
                    guard CompletionSpec.options.contains(value) else {
                        context.io.err("bash: complete: \(value): invalid option name\n")
                        return 2
                    }
                    spec.options.insert(value)
                case "A":
                    guard CompletionSpec.actionNames.contains(value) else {
                        context.io.err("bash: complete: \(value): invalid action name\n")
                        return 2
                    }
                    spec.actions.insert(value)
                default:
                    spec.arguments[flag] = value
                }
            }
        }
        let names = Array(rest)
        let session = context.session
        if removing {
            if names.isEmpty {
                session.completions.removeAll()
                session.completionOrder.removeAll()
            }
            return names.reduce(0) { status, name in
                guard session.completions.removeValue(forKey: name) != nil else {
                    context.io.err(noSpecification(name))
                    return 1
                }
                return status
            }
        }
        if printing || context.arguments.count == 1 {
            let shown =
                names.isEmpty
                ? CompletionSpec.walkOrder(session.completionOrder.filter { session.completions[$0] != nil }) : names
            var status: Int32 = 0
            for name in shown {
                guard let line = session.completions[name] else {
                    context.io.err(noSpecification(name))
                    status = 1
                    continue
                }
                context.io.out(line)
            }
            return status
        }
        guard !names.isEmpty else {
            if special { return 0 }
            context.io.err("complete: usage: \(usage)\n")
            return 2
        }
        for name in names {
            session.completions[name] = spec.printed(for: name)
            // A name already there keeps its place, as bash's hash_insert finds and reuses it.
            if !session.completionOrder.contains(name) { session.completionOrder.append(name) }
        }
        return 0
    }
}

/// One command's completion specification, printed as bash's `print_one_completion` does.
struct CompletionSpec {
    var options: Set<String> = []
    var actions: Set<String> = []
    var arguments: [Character: String] = [:]

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

    static func bucket(_ name: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash = hash &* 16_777_619
            hash ^= UInt32(byte)
        }
        return hash & 511
    }
}

private let usage =
    "complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]"
private func noSpecification(_ name: String) -> String { "bash: complete: \(name): no completion specification\n" }
