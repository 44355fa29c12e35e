import Kubectl

/// An image's `sh -c SCRIPT`: runs the script in the container, and a command the image does
/// not have fails as that shell words it (dash `sh: 1: curl: not found`, busybox
/// `sh: curl: not found`, bash `bash: line 1: curl: command not found`) with status 127.
struct PodShellCommand: ShellCommand {
    /// `dash`, `busybox` or `bash`, from the network catalog.
    let flavour: String

    func run(_ context: CommandContext) -> Int32 {
        let arguments = Array(context.arguments.dropFirst())
        guard arguments.first == "-c", arguments.count >= 2 else {
            // Without a terminal an interactive shell reads an empty standard input and ends.
            return 0
        }
        let name = context.arguments[0].split(separator: "/").last.map(String.init) ?? "sh"
        let session = context.session
        let saved = session.fallback
        session.fallback = { [flavour] words, io in
            let command = words.first ?? ""
            switch flavour {
            case "bash": io.err("\(name): line 1: \(command): command not found\n")
            case "busybox": io.err("\(name): \(command): not found\n")
            default: io.err("\(name): 1: \(command): not found\n")
            }
            return 127
        }
        defer { session.fallback = saved }
        return session.run(arguments[1], sink: context.io.sink).status
    }
}
