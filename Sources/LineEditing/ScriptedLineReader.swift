/// A reader that returns prepared input, for tests and transcript replay.
public final class ScriptedLineReader: LineReader {
    /// Every prompt the reader was asked to show, in order, including the one that hit the end.
    public private(set) var prompts: [String] = []
    private var inputs: ArraySlice<LineInput>

    /// Creates a reader that returns each of `lines`, then `.endOfInput` forever.
    public convenience init(lines: [String]) {
        self.init(inputs: lines.map(LineInput.line))
    }

    /// Creates a reader that returns each of `inputs`, then `.endOfInput` forever.
    public init(inputs: [LineInput]) {
        self.inputs = inputs[...]
    }

    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.popFirst() ?? .endOfInput
    }
}
