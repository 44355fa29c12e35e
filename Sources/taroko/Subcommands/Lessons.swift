import ArgumentParser
import Tutor

/// `taroko lessons`: list chapters.
struct Lessons: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "List the chapters and how far you have got in each.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try leave(with: global.app.lessons())
    }
}
