import Kubectl

/// `which NAME...`: the path of each program; nothing for builtins or unknown names (status 1).
struct WhichCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var status: Int32 = 0
        var operands = Array(context.arguments.dropFirst())
        let all = operands.first == "-a"
        if all { operands.removeFirst() }
        for name in operands {
            if name.contains("/") {
                if let entry = context.session.filesystem.entry(context.session.resolve(name)), entry.kind == .file,
                    entry.mode & 0o111 != 0
                {
                    context.io.out(name + "\n")
                } else {
                    status = 1
                }
            } else if let path = context.session.programPath(name) {
                context.io.out(path + "\n")
            } else {
                status = 1
            }
        }
        return status
    }
}
