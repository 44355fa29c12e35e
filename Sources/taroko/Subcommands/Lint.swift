import ArgumentParser
import Tutor

/// `taroko lint`: check lesson files.
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check lesson files and print each problem with its line number.",
        discussion: "With no path, every chapter in lessons/ is checked. A folder stands for the *.yaml files in it.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Lesson files or folders.", valueName: "path"))
    var paths: [String] = []

    func run() throws {
        try leave(with: global.app.lint(paths: paths))
    }
}
