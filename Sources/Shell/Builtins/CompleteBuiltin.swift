import Kubectl

/// `complete`: records, prints (`-p`) and removes (`-r`) how bash completes a command's words.
///
/// The lab's own line editor does the completing, from these specifications (`-F FUNCTION`,
/// `-W WORDS`, `-o OPTION`, ...), so scripts such as `source <(kubectl completion bash)` and
/// `complete -o default -F __start_kubectl k` work as in bash.
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
                if let message = spec.read(flag, letters: &letters, rest: &rest, builtin: "complete", usage: usage) {
                    context.io.err(message)
                    return 2
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
                guard let recorded = session.completions[name] else {
                    context.io.err(noSpecification(name))
                    status = 1
                    continue
                }
                context.io.out(recorded.printed(for: name))
            }
            return status
        }
        guard !names.isEmpty else {
            if special { return 0 }
            context.io.err("complete: usage: \(usage)\n")
            return 2
        }
        for name in names {
            session.completions[name] = spec
            // A name already there keeps its place, as bash's hash_insert finds and reuses it.
            if !session.completionOrder.contains(name) { session.completionOrder.append(name) }
        }
        return 0
    }
}

private let usage =
    "complete [-abcdefgjksuv] [-pr] [-DEI] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [name ...]"
private func noSpecification(_ name: String) -> String { "bash: complete: \(name): no completion specification\n" }
