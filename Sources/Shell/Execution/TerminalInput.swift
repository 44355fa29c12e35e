/// The learner's terminal, as standard input of a command typed at the prompt: `read x`, `cat`
/// or `kubectl apply -f -` with nothing piped in read the lines typed next, until Ctrl-D.
///
/// The shell asks for one line at a time, only when a command reads past what it has, so the
/// same lines replay the same way from a transcript or a pipe.
public protocol TerminalInput: AnyObject {
    /// Shows `prompt` (where there is a screen) and returns the next line typed, echoed unless
    /// `echo` is false (`read -s`).
    func readLine(prompt: String, echo: Bool) -> TerminalLine

    /// As ``readLine(prompt:echo:)``, giving up with ``TerminalLine/timedOut`` when nothing is
    /// typed within `timeout` seconds (`read -t`).
    func readLine(prompt: String, echo: Bool, timeout: Double?) -> TerminalLine
}

extension TerminalInput {
    public func readLine(prompt: String, echo: Bool, timeout: Double?) -> TerminalLine {
        readLine(prompt: prompt, echo: echo)
    }
}

/// What the terminal gave when asked for a line.
public enum TerminalLine: Equatable, Sendable {
    /// A line, without its newline.
    case line(String)
    /// Ctrl-D on an empty line: end of input for the command reading.
    case endOfInput
    /// Ctrl-C: the command reading is interrupted.
    case interrupted
    /// Nothing was typed within the timeout asked for.
    case timedOut
}
