import ArgumentParser
import Tutor

/// `taroko` / `taroko course`: take the course.
struct Course: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Take the course, continuing where you left off.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("Start at this chapter (and step) instead.", valueName: "chapter[/step]"))
    var goto: String?

    func run() throws {
        try leave(with: global.app.course(start: goto.flatMap(LessonPosition.init(parsing:))))
    }
}
