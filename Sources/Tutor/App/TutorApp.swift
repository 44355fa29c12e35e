import Foundation
import Kubectl

/// What the `taroko` executable does, one method per subcommand, with everything it needs injected.
public struct TutorApp {
    /// The folder holding `lessons/`, or nil when none was found.
    public var home: URL?
    public var language: Language
    /// Where progress and history are kept.
    public var stateDirectory: URL
    /// Makes labs; by default the real one, from the worlds under `home`.
    public var makeLab: (_ world: String, _ clock: LabClock) throws -> any Lab
    /// Where the app's own messages go.
    public var terminal: any OutputSink

    public init(
        home: URL?, language: Language, stateDirectory: URL,
        makeLab: ((_ world: String, _ clock: LabClock) throws -> any Lab)? = nil,
        terminal: any OutputSink = TerminalSink()
    ) {
        self.home = home
        self.language = language
        self.stateDirectory = stateDirectory
        let worlds = (home ?? URL(fileURLWithPath: ".")).appendingPathComponent("lessons/worlds").path
        self.makeLab = makeLab ?? { world, clock in try Tutor.makeLab(world: world, clock: clock, worldsDirectory: worlds) }
        self.terminal = terminal
    }

    /// The app as the process's environment sets it up; `language` overrides the locale's.
    public init(environment: [String: String], language: Language?, executable: URL?, currentDirectory: URL) {
        self.init(
            home: TarokoHome.locate(environment: environment, executable: executable, currentDirectory: currentDirectory),
            language: language ?? Language.preferred(environment: environment),
            stateDirectory: FileProgressStore.defaultDirectory(environment: environment))
    }

    /// A lab factory with the clock fixed.
    func labFactory(clock: LabClock) -> LabFactory {
        let make = makeLab
        return { world in try make(world, clock) }
    }

    /// The course in `home/lessons`; chapters with problems are left out with a warning each.
    func loadCourse(warn: Bool = true) -> Course {
        guard let home else { return Course(chapters: []) }
        let course = Course.load(directory: home.appendingPathComponent("lessons"))
        if warn {
            for file in Set(course.diagnostics.map(\.file)).sorted() {
                say(skippedChapter(file).text(language), to: .stderr)
            }
        }
        return course
    }

    func say(_ text: String, to stream: StandardStream = .stdout) {
        terminal.write(text.hasSuffix("\n") ? text : text + "\n", to: stream)
    }

    /// Reports that no data folder was found; returns the exit status to leave with.
    func homeMissing() -> Int32 {
        say(noHome.text(language), to: .stderr)
        return 1
    }
}

private let noHome = Localized(
    zhTW: "taroko：找不到課程資料夾（含 lessons/worlds 的資料夾）；請把 TAROKO_HOME 設成它。",
    en: "taroko: cannot find the data folder (the one holding lessons/worlds); set TAROKO_HOME to it.")

private func skippedChapter(_ file: String) -> Localized {
    Localized(
        zhTW: "taroko：略過 \(file)（有錯誤；執行 taroko lint 查看）", en: "taroko: skipped \(file) (it has errors; run taroko lint)"
    )
}
