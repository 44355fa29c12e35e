/// The checker's judgement of a step after a command or an answer.
public enum Verdict: Sendable, Equatable {
    case passed
    /// Nothing wrong that the lesson knows of, but not done either.
    case notYet
    /// A known mistake, with the explanation the lesson gives for it.
    case mistake(Localized)
}
