/// One chapter of the course: a title, the world it runs in, and its steps in order.
public struct Chapter: Sendable, Equatable {
    /// The id learners type in `:goto`, the same as the file's name (`service-discovery`).
    public var id: String
    /// Where the chapter sits in the course; chapters without one come last, by id.
    public var order: Int?
    public var title: Localized
    /// The world the chapter's lab starts from (`tk8s`).
    public var world: String
    public var steps: [Step]
    /// The file the chapter was read from, for messages.
    public var source: String

    public init(
        id: String, order: Int? = nil, title: Localized, world: String = "tk8s", steps: [Step], source: String = ""
    ) {
        self.id = id
        self.order = order
        self.title = title
        self.world = world
        self.steps = steps
        self.source = source
    }

    /// The index of the step with `id`, or with the 1-based number `id` spells.
    public func stepIndex(_ id: String) -> Int? {
        if let index = steps.firstIndex(where: { $0.id == id }) { return index }
        if let number = Int(id), steps.indices.contains(number - 1) { return number - 1 }
        return nil
    }
}

/// One thing to do in a chapter: read, act, and be checked.
public struct Step: Sendable, Equatable {
    public var id: String
    public var title: Localized
    /// The explanation shown when the step begins.
    public var text: Localized
    /// What the learner is asked to do, in one or two sentences.
    public var task: Localized
    /// Shown one at a time by `:hint`; the solution follows the last.
    public var hints: [Localized]
    /// Command lines that complete the step; also run to catch the lab up when a learner jumps ahead.
    public var solution: [String]
    public var check: Check

    public init(
        id: String, title: Localized, text: Localized, task: Localized, hints: [Localized] = [],
        solution: [String] = [], check: Check
    ) {
        self.id = id
        self.title = title
        self.text = text
        self.task = task
        self.hints = hints
        self.solution = solution
        self.check = check
    }
}
