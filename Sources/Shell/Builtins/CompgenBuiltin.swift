import Kubectl

/// `compgen`: prints, one a line, the words `complete`'s options would offer for a word.
///
/// Status 1 when there are none. `-F` and `-C` are accepted with bash's warning; the lab runs
/// neither.
struct CompgenBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var spec = CompletionSpec()
        var rest = context.arguments.dropFirst()
        while let first = rest.first, first.hasPrefix("-"), first.count > 1 {
            rest.removeFirst()
            if first == "--" { break }
            var letters = Substring(first.dropFirst())
            while let flag = letters.popFirst() {
                if let message = spec.read(flag, letters: &letters, rest: &rest, builtin: "compgen", usage: usage) {
                    context.io.err(message)
                    return 2
                }
            }
        }
        if let function = spec.function {
            context.io.err(mayNotWork("-F"))
            if !context.session.hasFunction(function) { context.io.err(functionNotFound(function)) }
        }
        if spec.arguments["C"] != nil { context.io.err(mayNotWork("-C")) }
        let words = spec.candidates(
            for: rest.first ?? "", session: context.session, errors: context.io.sink, marking: false)
        context.io.out(words.map { $0 + "\n" }.joined())
        return words.isEmpty ? 1 : 0
    }
}

private let usage =
    "compgen [-abcdefgjksuv] [-o option] [-A action] [-G globpat] [-W wordlist] [-F function] [-C command] [-X filterpat] [-P prefix] [-S suffix] [word]"
private func mayNotWork(_ flag: String) -> String {
    "bash: compgen: warning: \(flag) option may not work as you expect\n"
}
private func functionNotFound(_ name: String) -> String { "bash: completion: function `\(name)' not found\n" }
