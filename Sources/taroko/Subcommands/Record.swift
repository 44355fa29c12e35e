import ArgumentParser
import Tutor

/// `taroko record FILE`: record a session as a transcript.
struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a session into a transcript file that replays to the same output.",
        discussion: "The lab's clock moves only when commands move it, so the recording replays exactly.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The transcript to write.", valueName: "file"))
    var file: String

    @Option(
        name: .long, help: ArgumentHelp("Record a lesson from this chapter (and step).", valueName: "chapter[/step]"))
    var lesson: String?

    @Option(name: .long, help: "The world the lab starts from (default: the chapter's, else tk8s).")
    var world: String?

    @Flag(name: .long, help: "Replace the file if it exists.")
    var force = false

    func validate() throws {
        if let lesson, LessonPosition(parsing: lesson) == nil {
            throw ValidationError("--lesson takes CHAPTER or CHAPTER/STEP.")
        }
    }

    func run() throws {
        let position = lesson.flatMap(LessonPosition.init(parsing:))
        try leave(with: global.app.record(file: file, lesson: position, world: world, overwrite: force))
    }
}
