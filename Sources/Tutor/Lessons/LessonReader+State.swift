import Yams

extension LessonReader {
    /// Reads one state predicate or a list of them.
    mutating func statePredicates(_ node: Node) -> [StatePredicate] {
        if let sequence = node.sequence { return sequence.compactMap { statePredicate($0) } }
        return statePredicate(node).map { [$0] } ?? []
    }

    private mutating func statePredicate(_ node: Node) -> StatePredicate? {
        guard let fields = fields(of: node, named: "state", kind: "state", allowed: Self.stateKeys) else {
            return nil
        }
        guard let resourceNode = required("resource", in: fields),
            let name = text(resourceNode, named: "resource")
        else { return nil }
        guard let resource = ResourceName.canonical(name), resource != ResourceName.all else {
            report(resourceNode, unknownStateResource(name))
            return nil
        }
        var predicate = StatePredicate(resource: resource)
        let allNamespaces = fields["allNamespaces"].flatMap { boolean($0, named: "allNamespaces") } ?? false
        if let namespaceNode = fields["namespace"] {
            if allNamespaces { report(namespaceNode, namespaceAndAll) }
            predicate.namespace = text(namespaceNode, named: "namespace")
        }
        if allNamespaces || !ResourceName.isNamespaced(resource) { predicate.namespace = nil }
        predicate.name = fields["name"].flatMap { text($0, named: "name") }
        if let selectorNode = fields["selector"], let selector = text(selectorNode, named: "selector") {
            validateSelectors([selector], at: selectorNode)
            predicate.selector = selector
        }
        if let fieldsNode = fields["fields"] { predicate.fields = fieldConditions(fieldsNode) }
        predicate.phase = fields["phase"].flatMap { expectation($0, named: "phase") }
        predicate.ready = fields["ready"].flatMap { boolean($0, named: "ready") }
        let existsNode = fields["exists"]
        let countNode = fields["count"]
        if existsNode != nil, let countNode {
            report(countNode, existsAndCount)
        } else if let existsNode, let exists = boolean(existsNode, named: "exists") {
            predicate.quantity = .exists(exists)
        } else if let countNode, let count = integer(countNode, named: "count") {
            predicate.quantity = .count(count)
        }
        return predicate
    }

    private mutating func fieldConditions(_ node: Node) -> [FieldCondition] {
        guard let mapping = node.mapping else {
            report(node, fieldsShape)
            return []
        }
        var conditions: [FieldCondition] = []
        for (keyNode, valueNode) in mapping {
            guard let path = keyNode.string, !path.isEmpty else {
                report(keyNode, fieldsShape)
                continue
            }
            if let expectation = expectation(valueNode, named: path) {
                conditions.append(FieldCondition(path: path, expectation: expectation))
            }
        }
        return conditions
    }

    /// Reads what the last command printed must contain or match.
    mutating func outputPredicate(_ node: Node) -> OutputPredicate? {
        guard let fields = fields(of: node, named: "output", kind: "output", allowed: Self.outputKeys) else {
            return nil
        }
        guard fields["contains"] != nil || fields["matches"] != nil else {
            report(node, emptyOutput)
            return nil
        }
        let contains = fields["contains"].flatMap { texts($0, named: "contains") } ?? []
        let matches = fields["matches"].flatMap { texts($0, named: "matches") } ?? []
        for pattern in matches {
            if let problem = OutputPredicate.problem(with: pattern), let matchesNode = fields["matches"] {
                report(matchesNode, badRegex(pattern, problem))
            }
        }
        return OutputPredicate(contains: contains, matches: matches)
    }

    /// Reads an expectation: a text, `~` for absent, a list for any of them, `{not: ...}`.
    mutating func expectation(_ node: Node, named name: String) -> Expectation? {
        if node.scalar != nil {
            if node.null != nil { return .absent }
            return text(node, named: name).map(Expectation.equals)
        }
        if let sequence = node.sequence {
            let options = sequence.map { expectation($0, named: name) }
            return options.contains(nil) ? nil : .anyOf(options.compactMap { $0 })
        }
        if let mapping = node.mapping, mapping.count == 1, let inner = mapping["not"] {
            return expectation(inner, named: name).map(Expectation.not)
        }
        report(node, expectationShape(name))
        return nil
    }

    static let stateKeys = [
        "resource", "namespace", "allNamespaces", "name", "selector", "fields", "phase", "ready", "exists", "count",
    ]
    static let outputKeys = ["contains", "matches"]
}

private let namespaceAndAll = "give either \"namespace\" or \"allNamespaces: true\", not both"
private let existsAndCount = "give either \"exists\" or \"count\", not both"
private let fieldsShape = "\"fields\" should map dotted paths (spec.clusterIP) to values"
private let emptyOutput = "output needs \"contains\" or \"matches\""

private func unknownStateResource(_ name: String) -> String { "unknown resource \"\(name)\"" }

private func badRegex(_ pattern: String, _ problem: String) -> String {
    "\"\(pattern)\" is not a valid regular expression: \(problem)"
}

private func expectationShape(_ name: String) -> String {
    "\"\(name)\" should be a text, ~ (absent), a list of those, or {not: ...}"
}
