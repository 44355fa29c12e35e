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
        if case .line = input { linesRead += 1 }
        return input
    }
}
