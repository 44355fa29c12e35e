import Kubectl

/// `type [-afptP] NAME...`: what each name means to the shell (`ls is /usr/bin/ls`, `cd is a
/// shell builtin`); `-t` one word, `-p`/`-P` the program's path only, `-a` every meaning.
struct TypeBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["a", "f", "p", "t", "P"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("type", invalid, usage: usage))
            return 2
        }
        let options = parsed.options
        var status: Int32 = 0
        for name in parsed.operands {
            var kinds = CommandKind.all(name, in: context.session)
            if options.contains("f") { kinds.removeAll { $0 == .function } }
            if options.contains("P") || options.contains("p") {
                let files = kinds.compactMap { kind -> String? in if case .file(let path) = kind { path } else { nil } }
                // -p says nothing for a name that is not a program first; -P looks only in $PATH.
                if let path = files.first, options.contains("P") || kinds.first == .file(path) {
                    context.io.out(path + "\n")
                } else if !options.contains("P") && !kinds.isEmpty {
                    continue
                } else {
                    status = 1
                }
                continue
            }
            guard !kinds.isEmpty else {
                if !options.contains("t") { context.io.err("bash: type: \(name): not found\n") }
                status = 1
                continue
            }
            for kind in options.contains("a") ? kinds : [kinds[0]] {
                context.io.out((options.contains("t") ? kind.word : kind.sentence(name)) + "\n")
                // bash follows the sentence with the function as it would print it back.
                if kind == .function, !options.contains("t"), let body = context.session.functions[name] {
                    context.io.out(ShellPrinter.function(name, body) + "\n")
                }
            }
        }
        return status
    }
}

private let usage = "type [-afptP] name [name ...]"
