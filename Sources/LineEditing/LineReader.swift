/// A source of command lines: a terminal, a pipe, or a script.
public protocol LineReader: AnyObject {
    /// Shows `prompt` (where the reader has a screen) and returns the next line the user entered.
    func readLine(prompt: String) -> LineInput

    /// Returns the next line typed as input to a running command (`read`, `cat`), not a command
    /// line: it is not history, and with `echo` false it is not shown as it is typed.
    func readInputLine(prompt: String, echo: Bool) -> LineInput

    /// As ``readInputLine(prompt:echo:)``, giving up with ``LineInput/timedOut`` when nothing is
    /// typed within `timeout` seconds (`read -t`); nil waits for ever.
    func readInputLine(prompt: String, echo: Bool, timeout: Double?) -> LineInput
}

extension LineReader {
    public func readInputLine(prompt: String, echo: Bool) -> LineInput { readLine(prompt: prompt) }

    public func readInputLine(prompt: String, echo: Bool, timeout: Double?) -> LineInput {
        readInputLine(prompt: prompt, echo: echo)
    }
}

/// What a ``LineReader`` got when asked for a line.
public enum LineInput: Equatable, Sendable {
    /// A complete line, without its line terminator.
    case line(String)
    /// The user pressed Ctrl-C: the line being typed was abandoned.
    case interrupted
    /// The user pressed Ctrl-D on an empty line, or the input ended.
    case endOfInput
    /// Nothing was typed before a running command's timeout (`read -t`).
    case timedOut
}

/// Tab completion: given the text before the cursor and the cursor's position in characters,
/// returns every full word that could replace the word being completed.
///
/// The word being completed is the text after the last space or tab before the cursor. Candidates
/// that do not start with it are ignored.
public typealias Completer = (_ line: String, _ cursor: Int) -> [String]
