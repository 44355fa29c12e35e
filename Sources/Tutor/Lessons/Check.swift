/// How a step is graded: every part given must hold for the step to pass.
public struct Check: Sendable, Equatable {
    /// What the last command line must have meant.
    public var command: CommandPattern?
    /// What must be true of the cluster.
    public var state: [StatePredicate]
    /// What the last command line must have printed.
    public var output: OutputPredicate?
    /// A concept question the learner answers with `:answer`.
    public var question: Question?
    /// Likely errors, each explained when it holds and the step has not passed.
    public var mistakes: [Mistake]

    public init(
        command: CommandPattern? = nil, state: [StatePredicate] = [], output: OutputPredicate? = nil,
        question: Question? = nil, mistakes: [Mistake] = []
    ) {
        self.command = command
        self.state = state
        self.output = output
        self.question = question
        self.mistakes = mistakes
    }
}

/// A likely error: when all of its predicates hold, its explanation is shown.
public struct Mistake: Sendable, Equatable {
    public var command: CommandPattern?
    public var state: [StatePredicate]
    public var output: OutputPredicate?
    /// Answers (normalized; a choice's 1-based number) that show this explanation.
    public var answers: [String]
    public var explain: Localized

    public init(
        command: CommandPattern? = nil, state: [StatePredicate] = [], output: OutputPredicate? = nil,
        answers: [String] = [], explain: Localized
    ) {
        self.command = command
        self.state = state
        self.output = output
        self.answers = answers
        self.explain = explain
    }
}
