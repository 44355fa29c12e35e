/// Keeps a learner's progress between sessions.
public protocol ProgressStore: AnyObject {
    /// The saved progress, or fresh progress with a note when what was saved could not be read.
    func load() -> (progress: Progress, problem: ProgressProblem?)
    func save(_ progress: Progress) throws
}

/// Why saved progress could not be used.
public enum ProgressProblem: Sendable, Equatable {
    /// The file at `path` was not valid progress; it was kept as `backup`.
    case corrupt(path: String, backup: String?)
}

/// Progress kept in memory only, for replay and tests.
public final class MemoryProgressStore: ProgressStore {
    public private(set) var saved: Progress?

    public init(_ initial: Progress? = nil) {
        saved = initial
    }

    public func load() -> (progress: Progress, problem: ProgressProblem?) {
        (saved ?? Progress(), nil)
    }

    public func save(_ progress: Progress) throws {
        saved = progress
    }
}
