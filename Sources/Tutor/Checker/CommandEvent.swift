/// One command line the learner ran, as the checker sees it.
public struct CommandEvent: Sendable, Equatable {
    /// The line as typed (continuation lines joined by newlines).
    public var line: String
    public var result: LabResult
    /// Everything the line printed, stdout and stderr interleaved as the terminal showed them.
    public var output: String

    public init(line: String, result: LabResult, output: String) {
        self.line = line
        self.result = result
        self.output = output
    }
}
