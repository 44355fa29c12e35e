import LineEditing

/// Passes lines on from another reader, counting them, so replay knows which line starts a command.
final class CountingLineReader: LineReader {
    private let base: any LineReader
    private(set) var linesRead = 0

    init(_ base: any LineReader) {
        self.base = base
    }

    func readLine(prompt: String) -> LineInput {
        let input = base.readLine(prompt: prompt)
        if input != .endOfInput { linesRead += 1 }
        return input
    }

    func readInputLine(prompt: String, echo: Bool) -> LineInput {
        readInputLine(prompt: prompt, echo: echo, timeout: nil)
    }

    func readInputLine(prompt: String, echo: Bool, timeout: Double?) -> LineInput {
        // `^D` and `^C` typed to a command are lines of the transcript too; a timeout is no line.
        let input = base.readInputLine(prompt: prompt, echo: echo, timeout: timeout)
        if input != .timedOut { linesRead += 1 }
        return input
    }
}
