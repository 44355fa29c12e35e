import LineEditing
import Shell

/// The session's line reader as the terminal a running command reads: `read x`, `cat` or
/// `kubectl apply -f -` typed at the prompt take the lines typed next, until Ctrl-D.
///
/// In a transcript these are the `  > ` lines after the command, `^D` standing for Ctrl-D and
/// `^C` for Ctrl-C; from a pipe, the lines that follow (as bash reading a script from a pipe).
final class TypedInput: TerminalInput {
    private let reader: any LineReader
    private let showsPrompts: Bool

    init(reader: any LineReader, showsPrompts: Bool) {
        self.reader = reader
        self.showsPrompts = showsPrompts
    }

    func readLine(prompt: String, echo: Bool) -> TerminalLine {
        readLine(prompt: prompt, echo: echo, timeout: nil)
    }

    func readLine(prompt: String, echo: Bool, timeout: Double?) -> TerminalLine {
        switch reader.readInputLine(prompt: showsPrompts ? prompt : "", echo: echo, timeout: timeout) {
        case .line(let line): .line(line)
        case .endOfInput: .endOfInput
        case .interrupted: .interrupted
        case .timedOut: .timedOut
        }
    }
}
