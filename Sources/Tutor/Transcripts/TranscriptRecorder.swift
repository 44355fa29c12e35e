import Kubectl
import LineEditing

/// Records a live session as a transcript: what was typed, and what was printed after each entry.
///
/// Give the session `reader` and `sink` in place of the terminal's, then `attach(to:)` it.
/// An entry abandoned with Ctrl-C never ran: it is kept as `^C` alone, which sets `$?` to 130.
public final class TranscriptRecorder {
    public let reader: any LineReader
    public let sink: any OutputSink
    private let lines: RecordingReader
    private let printed: RecordingSink
    private var opening: String?
    private var mark = 0
    private var commands: [Transcript.Command] = []

    public init(reader: any LineReader, sink: any OutputSink) {
        lines = RecordingReader(reader)
        printed = RecordingSink(sink)
        self.reader = lines
        self.sink = printed
    }

    public func attach(to session: Session) {
        session.willReadCommand = { [weak self] in self?.closeEntry() }
        session.willLeave = { [weak self] in self?.closeEntry() }
    }

    /// Files what was typed since the last read with what was printed since.
    private func closeEntry() {
        let text = printed.text[mark...].joined()
        mark = printed.text.count
        guard opening != nil else {
            opening = text
            return
        }
        let input = lines.takePending()
        if input.joined().trimmingWhitespace.isEmpty { return }
        commands.append(Transcript.Command(input: input, output: text))
    }

    /// The recording, after `header` lines (commentary and directives).
    public func transcript(header: [String]) -> Transcript {
        var items = header.map(Transcript.Item.comment)
        if let opening, !opening.isEmpty { items.append(.opening(opening)) }
        items += commands.map(Transcript.Item.command)
        return Transcript(items: items)
    }
}

/// Passes lines on, keeping those of the entry being typed.
private final class RecordingReader: LineReader {
    private let base: any LineReader
    private var pending: [String] = []

    init(_ base: any LineReader) {
        self.base = base
    }

    func readLine(prompt: String) -> LineInput {
        let input = base.readLine(prompt: prompt)
        switch input {
        case .line(let line): pending.append(line)
        case .interrupted: pending = [Transcript.ctrlC]
        case .endOfInput, .timedOut: break
        }
        return input
    }

    /// A line typed to a running command is kept whatever it was: Ctrl-D and Ctrl-C as `^D`, `^C`.
    func readInputLine(prompt: String, echo: Bool) -> LineInput {
        readInputLine(prompt: prompt, echo: echo, timeout: nil)
    }

    /// A timeout leaves no line: replay times out where the transcript has none.
    func readInputLine(prompt: String, echo: Bool, timeout: Double?) -> LineInput {
        let input = base.readInputLine(prompt: prompt, echo: echo, timeout: timeout)
        switch input {
        case .line(let line): pending.append(line)
        case .interrupted: pending.append(Transcript.ctrlC)
        case .endOfInput: pending.append(Transcript.ctrlD)
        case .timedOut: break
        }
        return input
    }

    func takePending() -> [String] {
        defer { pending = [] }
        return pending
    }
}

/// Passes output on, keeping a copy.
private final class RecordingSink: OutputSink {
    private let base: any OutputSink
    private(set) var text: [String] = []

    init(_ base: any OutputSink) {
        self.base = base
    }

    var reachesTerminal: Bool { base.reachesTerminal }

    func write(_ text: String, to stream: StandardStream) {
        self.text.append(text)
        base.write(text, to: stream)
    }
}
