import Yams

extension LessonReader {
    /// Reads a chapter file's root mapping.
    mutating func chapter(_ root: Node, source: String, expectedID: String?) -> Chapter? {
        guard let fields = fields(of: root, named: "chapter", kind: nil, allowed: Self.chapterKeys) else {
            return nil
        }
        let id = required("chapter", in: fields).flatMap { text($0, named: "chapter") }
        if let id, let expectedID, id != expectedID, let node = fields["chapter"] {
            report(node, idDiffersFromFile(id, expectedID))
        }
        let order = fields["order"].flatMap { integer($0, named: "order") }
        let title = required("title", in: fields).flatMap { localized($0, named: "title") }
        let world = fields["world"].flatMap { text($0, named: "world") } ?? "tk8s"
        var steps: [Step] = []
        if let stepsNode = required("steps", in: fields) {
            if let sequence = stepsNode.sequence, !sequence.isEmpty {
                var seen: Set<String> = []
                for node in sequence {
                    guard let step = step(node) else { continue }
                    if !seen.insert(step.id).inserted, let idNode = node.mapping?["id"] {
                        context = stepContext(step.id)
                        report(idNode, duplicateStep(step.id))
                        context = ""
                    }
                    steps.append(step)
                }
            } else {
                report(stepsNode, noSteps)
            }
        }
        guard let id, let title else { return nil }
        return Chapter(id: id, order: order, title: title, world: world, steps: steps, source: source)
    }

    /// Reads one step; its problems are reported as `step "id": ...`.
    mutating func step(_ node: Node) -> Step? {
        let outer = context
        defer { context = outer }
        if let id = node.mapping?["id"]?.string { context = stepContext(id) }
        guard let fields = fields(of: node, named: "step", kind: "step", allowed: Self.stepKeys) else { return nil }
        let id = required("id", in: fields).flatMap { text($0, named: "id") }
        if let id {
            context = stepContext(id)
            if !Self.isValidID(id), let idNode = fields["id"] { report(idNode, invalidID(id)) }
        }
        let title = required("title", in: fields).flatMap { localized($0, named: "title") }
        let body = required("text", in: fields).flatMap { localized($0, named: "text") }
        let task = required("task", in: fields).flatMap { localized($0, named: "task") }
        let hints = required("hints", in: fields).flatMap { hintList($0) }
        let solution = required("solution", in: fields).flatMap { solutionLines($0) }
        let check = required("check", in: fields).flatMap { self.check($0) }
        guard let id, let title, let body, let task, let hints, let solution, let check else { return nil }
        return Step(id: id, title: title, text: body, task: task, hints: hints, solution: solution, check: check)
    }

    private mutating func hintList(_ node: Node) -> [Localized]? {
        guard let sequence = node.sequence, !sequence.isEmpty else {
            report(node, noHints)
            return nil
        }
        let hints = sequence.map { localized($0, named: "hints") }
        return hints.contains(nil) ? nil : hints.compactMap { $0 }
    }

    private mutating func solutionLines(_ node: Node) -> [String]? {
        guard let lines = texts(node, named: "solution"), !lines.isEmpty else {
            if node.sequence?.isEmpty == true { report(node, noSolution) }
            return nil
        }
        for (index, line) in lines.enumerated() where line.hasPrefix(":") && !line.hasPrefix(":answer ") {
            report(node.sequence.map { $0[index] } ?? node, metaInSolution(line))
        }
        return lines.map { $0.hasSuffix("\n") ? String($0.dropLast()) : $0 }
    }

    static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, first.isLetter || first.isNumber else { return false }
        return id.allSatisfy { ($0.isASCII && ($0.isLowercase || $0.isNumber)) || $0 == "-" }
    }

    static let chapterKeys = ["chapter", "order", "world", "title", "steps"]
    static let stepKeys = ["id", "title", "text", "task", "hints", "solution", "check"]
}

private func stepContext(_ id: String) -> String { "step \"\(id)\": " }

private func idDiffersFromFile(_ id: String, _ file: String) -> String {
    "chapter id \"\(id)\" differs from the file name \"\(file)\""
}

private func duplicateStep(_ id: String) -> String { "a step with id \"\(id)\" comes earlier in the chapter" }

private func invalidID(_ id: String) -> String {
    "id \"\(id)\" should be lower-case letters, digits and dashes"
}

private let noSteps = "\"steps\" should be a list of at least one step"
private let noHints = "\"hints\" should be a list of at least one hint"
private let noSolution = "\"solution\" should list at least one command"

private func metaInSolution(_ line: String) -> String {
    "solution line \"\(line)\" is a meta-command; only :answer may appear in a solution"
}
