import Kubectl

/// busybox's `ps` in a container: the processes of the container's PID namespace
/// (`PodProcesses`) in its default columns, whatever BSD or SysV selection letters are given.
struct BusyboxPs: ShellCommand {
    let processes: PodProcesses
    /// What `kubectl exec` started in the container before this `ps`, outermost first (empty
    /// when the shell is the container's own main process, attached to).
    let started: [String]

    func run(_ context: CommandContext) -> Int32 {
        for argument in context.arguments.dropFirst() where argument.hasPrefix("-") {
            for letter in argument.dropFirst() where !"aAefwlTx".contains(letter) {
                context.io.err("ps: -\(letter): this option is not part of this lab yet\n")
                return 1
            }
        }
        let command = context.arguments.joined(separator: " ")
        let own = started.first.map { $0.split(separator: " ").first == "ps" } == true ? [] : started
        var lines = ["PID   USER     TIME  COMMAND"]
        for process in processes.list(then: own + [command]) {
            let pid = String(repeating: " ", count: max(0, 5 - String(process.pid).count)) + String(process.pid)
            let name = String(process.user.prefix(8))
            let user = name + String(repeating: " ", count: 8 - name.count)
            lines.append("\(pid) \(user)  0:00 \(process.command)")
        }
        context.io.out(lines.map { $0 + "\n" }.joined())
        return 0
    }
}
