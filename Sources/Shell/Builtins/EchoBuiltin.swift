import Kubectl

/// `echo`: prints its arguments; `-n` drops the newline, `-e` decodes backslash escapes.
/// dash's takes only a first `-n` and always decodes escapes (`echocmd`, `src/bltin/printf.c`).
struct EchoBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var words = context.arguments.dropFirst()
        var newline = true
        let posix = context.session.dialect.echoAlwaysEscapes
        var escapes = posix
        if posix, words.first == "-n" {
            newline = false
            words.removeFirst()
        }
        while !posix, let first = words.first, first.count > 1, first.hasPrefix("-"),
            first.dropFirst().allSatisfy({ "neE".contains($0) })
        {
            for flag in first.dropFirst() {
                switch flag {
                case "n": newline = false
                case "e": escapes = true
                default: escapes = false
                }
            }
            words.removeFirst()
        }
        var text = words.joined(separator: " ")
        if escapes {
            let decoded = EscapeSequences.decode(text.unicodeScalars, dialect: .echo)
            text = decoded.text
            if decoded.stopped {
                context.io.out(text)
                return 0
            }
        }
        context.io.out(newline ? text + "\n" : text)
        return 0
    }
}
