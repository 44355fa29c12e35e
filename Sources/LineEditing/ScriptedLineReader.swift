/// A reader that returns prepared input, for tests and transcript replay.
public final class ScriptedLineReader: LineReader {
    /// Every prompt the reader was asked to show, in order, including the one that hit the end.
    public private(set) var prompts: [String] = []
    private var inputs: ArraySlice<LineInput>
    /// The positions of lines that start a new command: nothing was typed to the command before
    /// them, so a read with a timeout times out there.
    private let commandStarts: Set<Int>

    /// Creates a reader that returns each of `lines`, then `.endOfInput` forever.
    public convenience init(lines: [String]) {
        self.init(inputs: lines.map(LineInput.line))
    }

    /// Creates a reader that returns each of `inputs`, then `.endOfInput` forever.
    public init(inputs: [LineInput], commandStarts: Set<Int> = []) {
        self.inputs = inputs[...]
        self.commandStarts = commandStarts
    }

    /// A line typed to a running command; with a timeout, none when the next line starts a
    /// command or the script has ended.
    public func readInputLine(prompt: String, echo: Bool, timeout: Double?) -> LineInput {
        if timeout != nil, inputs.isEmpty || commandStarts.contains(inputs.startIndex) {
            prompts.append(prompt)
            return .timedOut
        }
        return readLine(prompt: prompt)
    }

    public func readLine(prompt: String) -> LineInput {
        prompts.append(prompt)
        return inputs.popFirst() ?? .endOfInput
    }
}
