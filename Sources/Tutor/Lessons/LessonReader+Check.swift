import KubeAPI
import Yams

extension LessonReader {
    /// Reads a step's check: at least one of command, state, output and question, plus mistakes.
    mutating func check(_ node: Node) -> Check? {
        let before = diagnostics.count
        guard let fields = fields(of: node, named: "check", kind: "check", allowed: Self.checkKeys) else {
            return nil
        }
        guard ["command", "state", "output", "question"].contains(where: { fields[$0] != nil }) else {
            // A misspelt key was already reported; saying the check is empty too would be noise.
            if diagnostics.count == before { report(node, emptyCheck) }
            return nil
        }
        let command = fields["command"].flatMap { commandPattern($0) }
        let state = fields["state"].map { statePredicates($0) } ?? []
        let output = fields["output"].flatMap { outputPredicate($0) }
        let question = fields["question"].flatMap { self.question($0) }
        var mistakes: [Mistake] = []
        if let list = fields["mistakes"] {
            if let sequence = list.sequence {
                mistakes = sequence.compactMap {
                    mistake($0, hasQuestion: fields["question"] != nil, question: question)
                }
            } else {
                report(list, notAList("mistakes"))
            }
        }
        guard diagnostics.count == before else { return nil }
        return Check(command: command, state: state, output: output, question: question, mistakes: mistakes)
    }

    /// Reads what a kubectl command must mean.
    mutating func commandPattern(_ node: Node) -> CommandPattern? {
        guard let fields = fields(of: node, named: "command", kind: "command", allowed: Self.commandKeys) else {
            return nil
        }
        var pattern = CommandPattern()
        pattern.verb = fields["verb"].flatMap { expectation($0, named: "verb") }
        pattern.resources = fields["resources"].flatMap { resourceList($0) }
        pattern.names = fields["names"].flatMap { texts($0, named: "names") }
        pattern.namespace = fields["namespace"].flatMap { expectation($0, named: "namespace") }
        pattern.allNamespaces = fields["allNamespaces"].flatMap { boolean($0, named: "allNamespaces") }
        pattern.selector = fields["selector"].flatMap { expectation($0, named: "selector") }
        if let selector = pattern.selector, let selectorNode = fields["selector"] {
            validateSelectors(selector.literals, at: selectorNode)
        }
        pattern.output = fields["output"].flatMap { expectation($0, named: "output") }
        return pattern
    }

    private mutating func resourceList(_ node: Node) -> [String]? {
        guard let names = texts(node, named: "resources") else { return nil }
        var plurals: [String] = []
        for name in names {
            guard let plural = ResourceName.canonical(name) else {
                report(node, unknownResource(name))
                continue
            }
            plurals.append(plural)
        }
        return plurals
    }

    private mutating func question(_ node: Node) -> Question? {
        guard let fields = fields(of: node, named: "question", kind: "question", allowed: Self.questionKeys) else {
            return nil
        }
        guard let answerNode = required("answer", in: fields) else { return nil }
        guard let choicesNode = fields["choices"] else {
            return texts(answerNode, named: "answer").map { Question(answer: .text($0)) }
        }
        guard let sequence = choicesNode.sequence, sequence.count >= 2 else {
            report(choicesNode, tooFewChoices)
            return nil
        }
        let choices = sequence.map { localized($0, named: "choices") }
        guard let number = integer(answerNode, named: "answer") else { return nil }
        guard (1...choices.count).contains(number) else {
            report(answerNode, answerOutOfRange(number, choices.count))
            return nil
        }
        guard !choices.contains(nil) else { return nil }
        return Question(choices: choices.compactMap { $0 }, answer: .choice(number))
    }

    private mutating func mistake(_ node: Node, hasQuestion: Bool, question: Question?) -> Mistake? {
        guard let fields = fields(of: node, named: "mistakes", kind: "mistake", allowed: Self.mistakeKeys) else {
            return nil
        }
        guard ["command", "state", "output", "answer"].contains(where: { fields[$0] != nil }) else {
            report(node, emptyMistake)
            return nil
        }
        let explain = required("explain", in: fields).flatMap { localized($0, named: "explain") }
        var answers: [String] = []
        if let answerNode = fields["answer"] {
            if !hasQuestion { report(answerNode, answerWithoutQuestion) }
            let given = texts(answerNode, named: "answer") ?? []
            answers = given.map { question?.canonicalAnswer($0) ?? Question.normalize($0) }
        }
        let command = fields["command"].flatMap { commandPattern($0) }
        let state = fields["state"].map { statePredicates($0) } ?? []
        let output = fields["output"].flatMap { outputPredicate($0) }
        guard let explain else { return nil }
        return Mistake(command: command, state: state, output: output, answers: answers, explain: explain)
    }

    /// Reports selectors that `kubectl -l` would refuse.
    mutating func validateSelectors(_ selectors: [String], at node: Node) {
        for selector in selectors {
            do {
                _ = try LabelSelector(parsing: selector)
            } catch {
                report(node, badSelector(selector, error.message))
            }
        }
    }

    static let checkKeys = ["command", "state", "output", "question", "mistakes"]
    static let commandKeys = ["verb", "resources", "names", "namespace", "allNamespaces", "selector", "output"]
    static let questionKeys = ["choices", "answer"]
    static let mistakeKeys = ["command", "state", "output", "answer", "explain"]
}

private let emptyCheck = "check needs at least one of command, state, output, question"
private let emptyMistake = "a mistake needs at least one of command, state, output, answer"
private let tooFewChoices = "\"choices\" should be a list of at least two choices"
private let answerWithoutQuestion = "a mistake's \"answer\" needs a question in the same check"

private func notAList(_ name: String) -> String { "\"\(name)\" should be a list" }

private func unknownResource(_ name: String) -> String { "unknown resource \"\(name)\"" }

private func answerOutOfRange(_ number: Int, _ count: Int) -> String {
    "answer \(number) is not one of the choices 1-\(count)"
}

private func badSelector(_ selector: String, _ reason: String) -> String {
    "selector \"\(selector)\" does not parse: \(reason)"
}
