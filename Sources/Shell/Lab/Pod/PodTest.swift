/// The `test` program of an image with a userland, in the file forms `kubectl cp` asks about
/// (`test -d PATH` before copying into a directory): `-d`, `-f`, `-e`; no output, only a status.
struct PodTest: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let words = Array(context.arguments.dropFirst())
        guard words.count == 2 else { return words.count == 1 && !words[0].isEmpty ? 0 : 1 }
        let fs = context.session.filesystem
        let path = context.session.resolve(words[1])
        let holds: Bool
        switch words[0] {
        case "-d": holds = fs.isDirectory(path)
        case "-f": holds = fs.isFile(path)
        case "-e": holds = fs.exists(path)
        default: return 2
        }
        return holds ? 0 : 1
    }
}
