/// Grades a step from the last command line, the learner's answer and the lab's state.
///
/// A step passes when every part of its check holds; otherwise the first mistake whose
/// predicates all hold explains what went wrong; otherwise it is not done yet.
public struct Checker {
    public init() {}

    /// Grades `check` after `event` (nil when no command has run yet in this step) with the
    /// learner's latest `answer`, if they gave one.
    public func evaluate(_ check: Check, event: CommandEvent?, answer: String?, lab: any Lab) -> Verdict {
        if holds(check, event: event, answer: answer, lab: lab) { return .passed }
        let given = answer.flatMap { answer in check.question.map { $0.canonicalAnswer(answer) } }
        for mistake in check.mistakes where holds(mistake, event: event, answer: given, lab: lab) {
            return .mistake(mistake.explain)
        }
        if answer != nil, check.question != nil { return .mistake(wrongAnswer) }
        return .notYet
    }

    private func holds(_ check: Check, event: CommandEvent?, answer: String?, lab: any Lab) -> Bool {
        if let question = check.question {
            guard let answer, question.accepts(answer) else { return false }
        }
        return holds(command: check.command, output: check.output, state: check.state, event: event, lab: lab)
    }

    private func holds(_ mistake: Mistake, event: CommandEvent?, answer: String?, lab: any Lab) -> Bool {
        if !mistake.answers.isEmpty {
            guard let answer, mistake.answers.contains(answer) else { return false }
        }
        return holds(command: mistake.command, output: mistake.output, state: mistake.state, event: event, lab: lab)
    }

    private func holds(
        command: CommandPattern?, output: OutputPredicate?, state: [StatePredicate], event: CommandEvent?,
        lab: any Lab
    ) -> Bool {
        if let command {
            guard let event, Self.ran(command, in: event, lab: lab) else { return false }
        }
        if let output {
            guard let event, output.holds(for: event.output) else { return false }
        }
        return state.allSatisfy { $0.holds(in: lab) }
    }

    /// Whether any simple command of the line meant what `pattern` describes.
    static func ran(_ pattern: CommandPattern, in event: CommandEvent, lab: any Lab) -> Bool {
        event.result.commands.contains { argv in
            lab.kubectlMeaning(argv).map(pattern.matches) ?? false
        }
    }
}

private let wrongAnswer = Localized(
    zhTW: "這不是正確答案。再讀一次上面的說明，或用 :hint 看提示。",
    en: "That is not the answer. Read the explanation above again, or type :hint for a hint.")
