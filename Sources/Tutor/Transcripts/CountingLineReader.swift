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
        // `^D` and `^C` typed to a command are lines of the transcript too.
        let input = base.readInputLine(prompt: prompt, echo: echo)
        linesRead += 1
        return input
    }
}
