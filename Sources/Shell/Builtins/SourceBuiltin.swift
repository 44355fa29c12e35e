import Kubectl

/// `source FILE [ARGS]` and `. FILE [ARGS]`: runs the file's commands in the current shell, so
/// its variables and `cd` last; ARGS are its positional parameters while it runs.
struct SourceBuiltin: ShellCommand {
    let name: String

    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        guard let file = context.arguments.dropFirst().first else {
            context.io.err("bash: \(name): filename argument required\n\(name): usage: \(name) filename [arguments]\n")
            return 2
        }
        let text: String
        do throws(FileError) {
            text = try session.readFile(file)
        } catch {
            context.io.err("bash: \(file): \(error.message)\n")
            return 1
        }
        let arguments = Array(context.arguments.dropFirst(2))
        let saved = session.positional
        if !arguments.isEmpty { session.positional = arguments }
        defer { if !arguments.isEmpty { session.positional = saved } }
        // The file's lines are numbered from its first ($LINENO), and do not count as the shell's.
        let linesRead = session.linesRead
        session.linesRead = 0
        defer { session.linesRead = linesRead }
        return session.run(text, io: context.io, sink: context.io.sink).status
    }
}
