import Kubectl

/// `printf`: formats its arguments, reusing the format until they are used up.
struct PrintfBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var arguments = context.arguments.dropFirst()
        var variable: String?
        if arguments.first == "-v", arguments.count >= 2 {
            variable = arguments.dropFirst().first
            arguments = arguments.dropFirst(2)
        }
        if arguments.first == "--" { arguments.removeFirst() }
        guard let format = arguments.popFirst() else {
            context.io.err(usage)
            return 2
        }
        var formatter = PrintfFormatter(format: Array(format.unicodeScalars), arguments: Array(arguments))
        formatter.run()
        for message in formatter.errors { context.io.err(message) }
        let text = RawBytes.string(formatter.output)
        if let variable {
            context.session.setVariable(variable, text)
        } else {
            context.io.out(text)
        }
        return formatter.status
    }
}

private let usage = "printf: usage: printf [-v var] format [arguments]\n"
