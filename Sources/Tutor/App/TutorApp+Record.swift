import Foundation
import Kubectl
import LineEditing

extension TutorApp {
    /// `taroko record FILE`: runs a live session (the course from `lesson`, else the sandbox) and
    /// writes it to `file` as a transcript that replays to the same output.
    public func record(file: String, lesson: LessonPosition?, world: String?, overwrite: Bool) -> Int32 {
        guard overwrite || !FileManager.default.fileExists(atPath: file) else {
            say(fileExists(file), to: .stderr)
            return 1
        }
        let interactive = Terminal.isInteractive
        let editor =
            interactive ? EditLineReader(programName: "taroko", historyPath: nil, completer: { _, _ in [] }) : nil
        let base: any LineReader = editor ?? PlainLineReader()
        let recorder = TranscriptRecorder(reader: base, sink: terminal)
        let mode: SessionMode = lesson.map { .course(start: $0) } ?? .sandbox(world: world ?? "tk8s")
        let factory = labFactory(clock: .manual)
        let session = Session(
            mode: mode, settings: SessionSettings(language: language, interactive: interactive, showBanner: false),
            course: loadCourse(), labFactory: { try factory(world ?? $0) }, reader: recorder.reader,
            sink: recorder.sink, progressStore: MemoryProgressStore())
        recorder.attach(to: session)
        _ = session.run()
        editor?.close()
        guard session.started else { return 1 }
        var header = [recordedNote]
        if let world { header.append(TranscriptDirective.world(world).line) }
        if let lesson { header.append(TranscriptDirective.lesson(lesson).line) }
        header.append(TranscriptDirective.lang(language).line)
        do {
            let text = recorder.transcript(header: header).rendered()
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            say(cannotWrite(file, "\(error)"), to: .stderr)
            return 1
        }
        say(recorded(file))
        return 0
    }
}

private let recordedNote = "Recorded with taroko record."

private func fileExists(_ file: String) -> String {
    "taroko: \(file) already exists; use --force to replace it"
}

private func recorded(_ file: String) -> String { "recorded \(file)" }
