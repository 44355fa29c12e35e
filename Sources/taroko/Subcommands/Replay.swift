import ArgumentParser
import Tutor

/// `taroko replay`: check transcripts.
struct Replay: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Replay transcripts and show where the lab's output differs from them.",
        discussion: "A folder stands for every *.t file below it. The exit status is non-zero on any difference.")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("Transcript files or folders.", valueName: "path"))
    var paths: [String]

    @Flag(name: .long, help: "Write the output replay produced into the transcripts, keeping commentary.")
    var update = false

    func run() throws {
        try leave(with: global.app.replay(paths: paths, update: update))
    }
}
