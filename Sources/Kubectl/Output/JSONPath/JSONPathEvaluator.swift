import KubeAPI
import OrderedCollections

/// Runs a parsed jsonpath template over a decoded object as client-go's `JSONPath.FindResults`
/// does: one list of values per top-level node, `range` bodies repeated per item.
///
/// Go walks maps in random order for `*` and `..`; here keys go in the object's own order,
/// which for server objects is sorted, so output is deterministic.
struct JSONPathEvaluator {
    /// A failure while walking; `partial` is what the failing step had, which a `[?(...)]`
    /// existence test still looks at (client-go ignores the error there).
    struct Failure: Error {
        var message: String
        var partial: [JSONValue] = []
    }

    let nodes: [JSONPathNode]
    var allowMissingKeys: Bool

    private var beginRange = 0
    private var inRange = 0
    private var endRange = 0
    private var lastEnd: Int?

    init(nodes: [JSONPathNode], allowMissingKeys: Bool) {
        self.nodes = nodes
        self.allowMissingKeys = allowMissingKeys
    }

    /// The values each top-level node printed, in order.
    mutating func findResults(_ data: JSONValue) throws(Failure) -> [[JSONValue]] {
        try findResults(data, from: 0)
    }

    private mutating func findResults(_ data: JSONValue, from first: Int) throws(Failure) -> [[JSONValue]] {
        let current = [data]
        var full: [[JSONValue]] = []
        var index = first
        while index < nodes.count {
            let results = try walk(current, nodes[index])
            if endRange > 0 && endRange <= inRange {
                endRange -= 1
                lastEnd = index
                break
            }
            if beginRange > 0 {
                beginRange -= 1
                inRange += 1
                if results.isEmpty {
                    // The body is still walked once, so the position moves past its `end`.
                    _ = try findResults(.null, from: index + 1)
                } else {
                    for value in results { full += try findResults(value, from: index + 1) }
                }
                inRange -= 1
                if let lastEnd, lastEnd > index { index = lastEnd }
                index += 1
                continue
            }
            full.append(results)
            index += 1
        }
        return full
    }

    private mutating func walk(_ input: [JSONValue], _ node: JSONPathNode) throws(Failure) -> [JSONValue] {
        switch node {
        case .list(let steps): return try evalList(input, steps)
        case .text(let text): return [.string(text)]
        case .field(let name): return try evalField(input, name)
        case .array(let slice): return try evalArray(input, slice)
        case .filter(let left, let right, let op): return try evalFilter(input, left: left, right: right, op: op)
        case .union(let branches):
            var results: [JSONValue] = []
            for branch in branches {
                do {
                    results += try evalList(input, branch)
                } catch {
                    throw Failure(message: error.message, partial: input)
                }
            }
            return results
        case .wildcard: return input.flatMap(Self.children)
        case .recursive: return Self.descend(input)
        case .identifier(let name): return try evalIdentifier(input, name)
        case .int(let value): return input.map { _ in .int(value) }
        case .float(let value): return input.map { _ in .double(value) }
        case .bool(let value): return input.map { _ in .bool(value) }
        }
    }

    private mutating func evalList(_ input: [JSONValue], _ steps: [JSONPathNode]) throws(Failure) -> [JSONValue] {
        var current = input
        for step in steps { current = try walk(current, step) }
        return current
    }

    private mutating func evalIdentifier(_ input: [JSONValue], _ name: String) throws(Failure) -> [JSONValue] {
        switch name {
        case "range":
            beginRange += 1
            return input
        case "end":
            guard inRange > 0 else { throw Failure(message: "not in range, nothing to end") }
            endRange += 1
            return []
        default:
            throw Failure(message: "unrecognized identifier \(name)", partial: input)
        }
    }

    private func evalField(_ input: [JSONValue], _ name: String) throws(Failure) -> [JSONValue] {
        guard !input.isEmpty else { return [] }
        var results: [JSONValue] = []
        for value in input {
            if case .object(let members) = value, let found = members[name] { results.append(found) }
        }
        if results.isEmpty && !allowMissingKeys { throw Failure(message: "\(name) is not found") }
        return results
    }

    private func evalArray(_ input: [JSONValue], _ slice: JSONPathSlice) throws(Failure) -> [JSONValue] {
        var results: [JSONValue] = []
        for value in input {
            if value.isNull { continue }
            guard case .array(let items) = value else {
                throw Failure(message: "\(GoValueFormat.typeName(value)) is not array or slice", partial: input)
            }
            let length = items.count
            var start = slice.start.known ? slice.start.value : 0
            if start < 0 { start += length }
            var end = slice.end.known ? slice.end.value : length
            if end < 0 || (end == 0 && slice.end.derived) { end += length }
            guard end != start else { return results }
            if start >= length || start < 0 {
                throw Failure(message: "array index out of bounds: index \(start), length \(length)", partial: input)
            }
            if end > length || end < 0 {
                throw Failure(message: "array index out of bounds: index \(end - 1), length \(length)", partial: input)
            }
            if start > end {
                throw Failure(message: "starting index \(start) is greater than ending index \(end)", partial: input)
            }
            var step = 1
            if slice.step.known {
                guard slice.step.value > 0 else { throw Failure(message: "step must be > 0", partial: input) }
                step = slice.step.value
            }
            results += stride(from: start, to: end, by: step).map { items[$0] }
        }
        return results
    }

    private mutating func evalFilter(
        _ input: [JSONValue], left: [JSONPathNode], right: [JSONPathNode], op: String
    ) throws(Failure) -> [JSONValue] {
        var results: [JSONValue] = []
        for value in input {
            guard case .array(let items) = value else {
                throw Failure(
                    message: "\(CustomColumnsPrinter.goString(value)) is not array or slice and cannot be filtered",
                    partial: input)
            }
            for item in items {
                if op == "exists" {
                    let lefts: [JSONValue]
                    do { lefts = try evalList([item], left) } catch { lefts = error.partial }
                    if !lefts.isEmpty { results.append(item) }
                    continue
                }
                let lefts = try operand(item, left, input: input)
                guard let lhs = lefts.first else { continue }
                let rights = try operand(item, right, input: input)
                guard let rhs = rights.first else { continue }
                let pass: Bool
                do {
                    pass = try JSONPathComparison.compare(lhs, op, rhs)
                } catch {
                    throw Failure(message: error.message, partial: results)
                }
                if pass { results.append(item) }
            }
        }
        return results
    }

    /// One side of a comparison: nothing, or exactly one value.
    private mutating func operand(
        _ item: JSONValue, _ steps: [JSONPathNode], input: [JSONValue]
    ) throws(Failure) -> [JSONValue] {
        let values: [JSONValue]
        do {
            values = try evalList([item], steps)
        } catch {
            throw Failure(message: error.message, partial: input)
        }
        if values.count > 1 { throw Failure(message: "can only compare one element at a time", partial: input) }
        return values
    }

    /// What `*` yields for one value: map values, array items, or a string's bytes.
    private static func children(_ value: JSONValue) -> [JSONValue] {
        switch value {
        case .object(let members): return Array(members.values)
        case .array(let items): return items
        case .string(let text): return text.utf8.map { .int(Int($0)) }
        default: return []
        }
    }

    /// `..`: every value that has children, each before its descendants.
    private static func descend(_ input: [JSONValue]) -> [JSONValue] {
        var results: [JSONValue] = []
        for value in input {
            let inner = children(value)
            guard !inner.isEmpty else { continue }
            results.append(value)
            results += descend(inner)
        }
        return results
    }
}
