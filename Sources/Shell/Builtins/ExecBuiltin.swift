import Kubectl

/// `exec [-cl] [-a name] [command [argument ...]]`: with a command, runs that program in the
/// shell's place, so when it ends the shell is gone (the lab's session ends, as a login shell's
/// terminal would close); a name that is no program says `not found` and the interactive shell
/// goes on. Without one it does nothing here: redirections alone last only for this command.
struct ExecBuiltin: ShellCommand {
    /// Builtins that Debian also installs as programs (coreutils, procps), which `exec` can run.
    private static let programsToo: Set<String> = ["echo", "printf", "test", "[", "true", "false", "pwd", "kill"]

    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        var arguments = Array(context.arguments.dropFirst())
        while let first = arguments.first, first.hasPrefix("-"), first.count > 1 {
            arguments.removeFirst()
            if first == "--" { break }
            var flags = Substring(first.dropFirst())
            while let flag = flags.popFirst() {
                switch flag {
                case "c", "l": break
                case "a":
                    guard flags.isEmpty, !arguments.isEmpty else {
                        context.io.err("bash: exec: -a: option requires an argument\n" + usage)
                        return 2
                    }
                    arguments.removeFirst()
                default:
                    context.io.err("bash: exec: -\(flag): invalid option\n" + usage)
                    return 2
                }
            }
        }
        guard let name = arguments.first else { return 0 }
        let isProgram = name.contains("/") ? session.isExecutable(name) : session.programPath(name) != nil || Self.programsToo.contains(name)
        guard isProgram else {
            context.io.err("bash: exec: \(name): not found\n")
            return 127
        }
        let status = session.invoke(arguments, io: context.io) ?? 127
        session.replaced = true
        session.exitRequested = true
        return status
    }
}

private let usage = "exec: usage: exec [-cl] [-a name] [command [argument ...]] [redirection ...]\n"
