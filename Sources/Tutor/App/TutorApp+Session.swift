import Foundation
import LineEditing

extension TutorApp {
    /// Runs a session on the process's terminal, or on plain stdin and stdout when either is not one.
    func runOnTerminal(mode: SessionMode, course: Course) -> Int32 {
        let interactive = Terminal.isInteractive
        try? FileManager.default.createDirectory(at: stateDirectory, withIntermediateDirectories: true)
        let completion = CompletionTarget()
        let editor =
            interactive
            ? EditLineReader(
                programName: "taroko", historyPath: stateDirectory.appendingPathComponent("history").path,
                completer: { line, cursor in completion.session?.completions(line: line, cursor: cursor) ?? [] })
            : nil
        let session = Session(
            mode: mode, settings: SessionSettings(language: language, interactive: interactive),
            course: course, labFactory: labFactory(clock: interactive ? .wall : .manual),
            reader: editor ?? PlainLineReader(), sink: terminal,
            progressStore: FileProgressStore(directory: stateDirectory))
        completion.session = session
        if let editor { session.didReadEntry = { editor.addHistory($0) } }
        let status = session.run()
        editor?.close()
        return status
    }
}

/// Lets the line editor's completer reach the session made after it.
private final class CompletionTarget {
    weak var session: Session?
}
