import Kubectl
import LineEditing

/// Replays transcripts in-process: feeds their commands to a session and collects what it prints.
public struct Replayer {
    public var course: Course
    public var labFactory: LabFactory

    public init(course: Course, labFactory: @escaping LabFactory) {
        self.course = course
        self.labFactory = labFactory
    }

    /// Runs `transcript`'s commands in a fresh non-interactive session and returns the transcript
    /// with the output actually printed.
    public func replay(_ transcript: Transcript, file: String) -> ReplayOutcome {
        let commands = transcript.commands
        var commandStarts: Set<Int> = []
        var firstLine = 0
        for command in commands {
            commandStarts.insert(firstLine)
            firstLine += command.input.count
        }
        let reader = CountingLineReader(
            ScriptedLineReader(inputs: commands.flatMap(\.input).map(Transcript.typed), commandStarts: commandStarts))
        let buffer = OutputBuffer()
        let mode: SessionMode =
            transcript.lesson.map { .course(start: $0) } ?? .sandbox(world: transcript.world ?? defaultWorld)
        let world = transcript.world
        let factory = labFactory
        let session = Session(
            mode: mode, settings: SessionSettings(language: transcript.language, interactive: false),
            course: course, labFactory: { try factory(world ?? $0) }, reader: reader, sink: buffer,
            progressStore: MemoryProgressStore())
        var marks: [(line: Int, chunk: Int)] = []
        session.willReadCommand = { marks.append((reader.linesRead, buffer.chunks.count)) }
        _ = session.run()

        let texts = buffer.chunks.map(\.text)
        let openingEnd = marks.first?.chunk ?? texts.count
        var outputs = [String](repeating: "", count: commands.count)
        var starts: [Int] = []
        var lineCount = 0
        for command in commands {
            starts.append(lineCount)
            lineCount += command.input.count
        }
        for (index, mark) in marks.enumerated() where !commands.isEmpty {
            let end = index + 1 < marks.count ? marks[index + 1].chunk : texts.count
            let owner = min(commands.count - 1, (starts.lastIndex { $0 <= mark.line }) ?? 0)
            outputs[owner] += texts[mark.chunk..<end].joined()
        }
        let actual = transcript.replacingOutputs(opening: texts[..<openingEnd].joined(), commands: outputs)
        return ReplayOutcome(file: file, expected: transcript, actual: actual)
    }

    private let defaultWorld = "tk8s"
}

/// A replayed transcript beside the expected one.
public struct ReplayOutcome: Sendable {
    public var file: String
    public var expected: Transcript
    public var actual: Transcript

    public var matches: Bool { expected.rendered() == actual.rendered() }

    /// The unified diff from the expected transcript to what replay printed.
    public var diff: String {
        UnifiedDiff.render(
            old: expected.rendered(), new: actual.rendered(), oldLabel: file, newLabel: "\(file) (replayed)")
    }
}

extension Transcript {
    /// A copy with the opening and each command's output replaced, commentary kept in place.
    func replacingOutputs(opening: String, commands outputs: [String]) -> Transcript {
        var result: [Item] = []
        var next = 0
        var openingPlaced = false
        for item in items {
            switch item {
            case .comment:
                result.append(item)
            case .opening:
                if !opening.isEmpty { result.append(.opening(opening)) }
                openingPlaced = true
            case .command(var command):
                if !openingPlaced, !opening.isEmpty { result.append(.opening(opening)) }
                openingPlaced = true
                command.output = next < outputs.count ? outputs[next] : ""
                next += 1
                result.append(.command(command))
            }
        }
        if !openingPlaced, !opening.isEmpty { result.append(.opening(opening)) }
        return Transcript(items: result)
    }
}
