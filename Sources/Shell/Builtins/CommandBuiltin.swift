import Kubectl

/// `command NAME ARGS`: runs a builtin or program, never a function of that name;
/// `command -v NAME...` prints what each name would run (`/usr/bin/ls`, `cd`, `alias k='kubectl'`),
/// `-V` says it as `type` does; status 1 when none of the names was found.
struct CommandBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var words = Array(context.arguments.dropFirst())[...]
        var mode: Character?
        while let first = words.first, first.hasPrefix("-"), first.count > 1 {
            words.removeFirst()
            if first == "--" { break }
            for flag in first.dropFirst() {
                guard "pvV".contains(flag) else {
                    context.io.err(Builtins.invalidOption("command", "-" + String(flag), usage: usage))
                    return 2
                }
                if flag != "p" { mode = flag }
            }
        }
        guard let mode else {
            guard !words.isEmpty else { return 0 }
            if let status = context.session.invoke(Array(words), io: context.io) { return status }
            context.io.err("bash: \(words[words.startIndex]): command not found\n")
            return 127
        }
        var found = false
        for name in words {
            guard let kind = CommandKind.all(name, in: context.session).first else {
                if mode == "V" { context.io.err("bash: command: \(name): not found\n") }
                continue
            }
            found = true
            if mode == "V" {
                context.io.out(kind.sentence(name) + "\n")
                continue
            }
            switch kind {
            case .alias(let value): context.io.out("alias \(name)='\(value)'\n")
            case .file(let path): context.io.out(path + "\n")
            default: context.io.out(name + "\n")
            }
        }
        return found ? 0 : 1
    }
}

private let usage = "command [-pVv] command [arg ...]"
