import Kubectl

/// `sudo COMMAND...`: runs the command as root. The lab's user may use sudo without a password.
struct SudoCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        guard context.arguments.count > 1 else {
            context.io.err(usage)
            return 1
        }
        let name = context.arguments[1]
        var forwarded = context
        forwarded.arguments = Array(context.arguments.dropFirst())
        let user = session.user
        session.user = "root"
        defer { session.user = user }
        if let command = session.commands[name] { return command.run(forwarded) }
        if let fallback = session.fallback, let status = fallback(forwarded.arguments, context.io) { return status }
        context.io.err(commandNotFound(name))
        return 1
    }
}

private let usage = """
    usage: sudo -h | -K | -k | -V
    usage: sudo -v [-ABkNnS] [-g group] [-h host] [-p prompt] [-u user]
    usage: sudo -l [-ABkNnS] [-g group] [-h host] [-p prompt] [-U user]
                [-u user] [command [arg ...]]
    usage: sudo [-ABbEHkNnPS] [-r role] [-t type] [-C num] [-D directory]
                [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
                [-u user] [VAR=value] [-i | -s] [command [arg ...]]
    usage: sudo -e [-ABkNnS] [-r role] [-t type] [-C num] [-D directory]
                [-g group] [-h host] [-p prompt] [-R directory] [-T timeout]
                [-u user] file ...

    """
private func commandNotFound(_ name: String) -> String { "sudo: \(name): command not found\n" }
