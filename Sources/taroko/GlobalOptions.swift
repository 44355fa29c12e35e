import ArgumentParser
import Foundation
import Tutor

/// Options every subcommand takes.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "Language of lessons and messages: zh-TW or en (default: from LANG/LC_ALL).")
    var lang: String?

    func validate() throws {
        if let lang, Language(code: lang) == nil {
            throw ValidationError("--lang takes zh-TW or en, not '\(lang)'.")
        }
    }

    /// The library's app, set up from the process's environment.
    var app: TutorApp {
        TutorApp(
            environment: ProcessInfo.processInfo.environment, language: lang.flatMap(Language.init(code:)),
            executable: Bundle.main.executableURL,
            currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
    }
}

/// Ends the process with `status` when it is not zero.
func leave(with status: Int32) throws {
    if status != 0 { throw ExitCode(status) }
}
