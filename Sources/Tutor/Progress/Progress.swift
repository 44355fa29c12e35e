/// Where a learner is in the course and which steps they have done.
public struct Progress: Codable, Sendable, Equatable {
    /// The chapter the learner is in, by id.
    public var chapter: String?
    /// The step the learner is on, by id.
    public var step: String?
    /// For each chapter id, the ids of the steps done, in the order they were done.
    public var done: [String: [String]]

    public init(chapter: String? = nil, step: String? = nil, done: [String: [String]] = [:]) {
        self.chapter = chapter
        self.step = step
        self.done = done
    }

    public func isDone(chapter: String, step: String) -> Bool {
        done[chapter]?.contains(step) ?? false
    }

    public mutating func markDone(chapter: String, step: String) {
        guard !isDone(chapter: chapter, step: step) else { return }
        done[chapter, default: []].append(step)
    }

    /// How many of `chapter`'s steps are done.
    public func doneCount(in chapter: Chapter) -> Int {
        let ids = Set(done[chapter.id] ?? [])
        return chapter.steps.filter { ids.contains($0.id) }.count
    }
}
