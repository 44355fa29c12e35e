import Kubectl

/// An image's `sh` or `bash` run by `kubectl exec`: `-c SCRIPT` runs the script; without
/// operands it reads its commands from stdin, as a shell whose input is a pipe does.
struct PodShell: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let words = Array(context.arguments.dropFirst())
        if words.first == "-c" {
            guard words.count > 1 else {
                context.io.err("\(context.arguments[0]): -c: option requires an argument\n")
                return 2
            }
            return context.session.run(words[1], input: context.io.input, sink: context.io.sink).status
        }
        if let script = words.first {
            do throws(FileError) {
                return context.session.run(try context.session.readFile(script), sink: context.io.sink).status
            } catch {
                context.io.err("\(context.arguments[0]): \(script): No such file or directory\n")
                return 127
            }
        }
        guard !context.io.input.isEmpty else { return 0 }
        return context.session.run(context.io.input, sink: context.io.sink).status
    }
}
