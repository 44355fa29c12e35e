import Kubectl
import LineEditing
import Shell

/// What a session is for: taking the course, or using the lab freely.
public enum SessionMode: Sendable, Equatable {
    /// The course, from `start`, or from saved progress when nil.
    case course(start: LessonPosition?)
    case sandbox(world: String)
}

/// How a session presents itself.
public struct SessionSettings: Sendable, Equatable {
    public var language: Language
    /// A person is at a terminal: show prompts.
    public var interactive: Bool
    /// Show the welcome banner (interactive sessions that are not being recorded).
    public var showBanner: Bool

    public init(language: Language, interactive: Bool, showBanner: Bool? = nil) {
        self.language = language
        self.interactive = interactive
        self.showBanner = showBanner ?? interactive
    }
}

/// The REPL: reads command lines, runs them in the lab, and in the course grades each step.
///
/// Not thread-safe; one session runs on one thread from `run()` to its return.
public final class Session {
    public let mode: SessionMode
    public let settings: SessionSettings
    let course: Course
    let labFactory: LabFactory
    let reader: any LineReader
    let output: SessionOutput
    let progressStore: any ProgressStore
    let checker = Checker()

    /// Called before each read of a new command line (not of its continuation lines).
    public var willReadCommand: (() -> Void)?
    /// Called with each complete, non-empty entry as typed, for history.
    public var didReadEntry: ((String) -> Void)?
    /// Called once the last entry has been handled, before the session says goodbye.
    public var willLeave: (() -> Void)?

    /// The lab commands run in; replaced when a chapter starts or on `:reset`.
    public internal(set) var lab: (any Lab)?
    var progress = Progress()
    var chapterIndex = 0
    var stepIndex = 0
    var hintsShown = 0
    var lastEvent: CommandEvent?
    var lastStatus: Int32 = 0
    var courseComplete = false
    var savingFailed = false
    /// Whether the session got as far as its first prompt (false when the lab could not be made).
    public private(set) var started = false

    public init(
        mode: SessionMode, settings: SessionSettings, course: Course, labFactory: @escaping LabFactory,
        reader: any LineReader, sink: any OutputSink, progressStore: any ProgressStore
    ) {
        self.mode = mode
        self.settings = settings
        self.course = course
        self.labFactory = labFactory
        self.reader = reader
        self.output = SessionOutput(sink)
        self.progressStore = progressStore
    }

    var language: Language { settings.language }
    var inCourse: Bool { if case .course = mode { true } else { false } }

    /// Runs until the input ends, `exit` or `:quit`, and returns the exit status for the process.
    public func run() -> Int32 {
        guard start() else { return 1 }
        started = true
        var status: Int32?
        var inputEnded = false
        reading: while status == nil {
            willReadCommand?()
            switch readEntry() {
            case .end:
                inputEnded = true
                break reading
            case .abandoned:
                if let lab { lastStatus = lab.interruptedAtPrompt() }
            case .entry(let text): status = handle(text)
            case .lastEntry(let text):
                status = handle(text)
                inputEnded = true
                break reading
            }
        }
        leave(afterEndOfInput: inputEnded)
        return status ?? (inCourse ? 0 : lastStatus)
    }

    /// Makes the first lab and shows the opening; false when the session cannot start.
    private func start() -> Bool {
        switch mode {
        case .sandbox(let world):
            guard replaceLab(world: world) else { return false }
            if settings.showBanner { output.say(sandboxBanner.text(language)) }
            return true
        case .course(let start):
            return startCourse(at: start)
        }
    }

    private enum EntryRead {
        case entry(String)
        /// The input ended inside an unfinished entry; run what there is, then stop.
        case lastEntry(String)
        case abandoned
        case end
    }

    /// Reads one entry: a line, with continuation lines while the lab says it is unfinished.
    private func readEntry() -> EntryRead {
        let first: String
        switch reader.readLine(prompt: settings.interactive ? lab?.prompt ?? "$ " : "") {
        case .endOfInput, .timedOut: return .end
        case .interrupted: return .abandoned
        case .line(let line): first = line
        }
        if MetaCommand(parsing: first) != nil { return .entry(first) }
        var text = first
        while lab?.needsContinuation(text) == true {
            // Inside a heredoc only its end line can change the answer, so a long body is read
            // without asking again after every line.
            let awaited = lab?.awaitedHereDocumentEnd(text)
            var ended = false
            while !ended {
                switch reader.readLine(prompt: settings.interactive ? continuationPrompt : "") {
                case .line(let more):
                    text += "\n" + more
                    ended = awaited?.isEnd(more) ?? true
                case .interrupted: return .abandoned
                case .endOfInput, .timedOut: return .lastEntry(text)
                }
            }
        }
        return .entry(text)
    }

    /// Handles one entry; returns an exit status when the session should end.
    private func handle(_ text: String) -> Int32? {
        guard !text.trimmingWhitespace.isEmpty else { return nil }
        didReadEntry?(text)
        if let meta = MetaCommand(parsing: text) { return perform(meta) }
        if let status = exitStatus(text) { return status }
        return runCommand(text)
    }

    /// The status `exit` or `exit N` leaves with, or nil when the line is not an exit.
    ///
    /// Inside a nested shell (as after `docker exec -it ... bash`) `exit` belongs to the lab,
    /// which leaves that shell.
    private func exitStatus(_ text: String) -> Int32? {
        // Only a line that starts with `exit` is split into words: a long heredoc is not.
        guard text.drop(while: \.isWhitespace).hasPrefix("exit") else { return nil }
        let words = text.split(whereSeparator: \.isWhitespace)
        guard words.first == "exit", words.count <= 2, lab?.isInNestedShell != true else { return nil }
        if words.count == 2 { return Int32(words[1]).map { $0 & 0xFF } ?? 2 }
        return inCourse ? 0 : lastStatus
    }

    /// Runs a line in the lab and grades it; returns the status to leave with when the lab's shell is gone.
    private func runCommand(_ text: String) -> Int32? {
        guard let lab else { return nil }
        let capture = CapturingSink(forwardingTo: output)
        let result = lab.run(text, sink: capture, terminal: TypedInput(reader: reader, showsPrompts: settings.interactive))
        lastStatus = result.status
        if inCourse, !courseComplete {
            lastEvent = CommandEvent(line: text, result: result, output: capture.text)
            grade(answer: nil, asked: false)
        }
        guard result.shellEnded else { return nil }
        return inCourse ? 0 : result.status
    }

    /// Makes a fresh lab for `world`; reports and returns false when the lab cannot be made.
    @discardableResult
    func replaceLab(world: String) -> Bool {
        do {
            let made = try labFactory(world)
            lab = made
            return true
        } catch {
            output.warn(labFailed("\(error)"))
            return false
        }
    }

    /// Saves progress; after Ctrl-D, also ends the prompt's line so the user's shell starts afresh.
    private func leave(afterEndOfInput: Bool) {
        willLeave?()
        if inCourse { saveProgress() }
        if settings.interactive, afterEndOfInput { output.say("") }
    }

    /// Completion for the line editor: meta-commands after a colon, else whatever the lab offers.
    public func completions(line: String, cursor: Int) -> [String] {
        let before = String(line.prefix(cursor).drop(while: \.isWhitespace))
        if before.hasPrefix(":") {
            guard before.contains(" ") else { return MetaCommand.names }
            guard case .goto = MetaCommand(parsing: before) else { return [] }
            return course.chapters.flatMap { chapter in [chapter.id] + chapter.steps.map { "\(chapter.id)/\($0.id)" } }
        }
        return lab?.completions(line: line, cursor: cursor) ?? []
    }
}

private let continuationPrompt = "> "

private let sandboxBanner = Localized(
    zhTW: """
        taroko sandbox：模擬的 tk8s 實驗環境。不連網、不碰真實系統，放心操作。
        輸入 exit 或按 Ctrl-D 離開。
        """,
    en: """
        taroko sandbox: a simulated tk8s lab. No network, no real system touched: try anything.
        Type exit or press Ctrl-D to leave.
        """)

func labFailed(_ error: String) -> String { "taroko: \(error)" }
