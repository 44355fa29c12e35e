import KubeAPI

/// `kubectl get --sort-by=EXPR`: orders objects by the first value a jsonpath expression finds.
///
/// As kubectl 1.32's sorter: integers and floats by value, strings that both parse as quantities
/// (`100m`, `2Gi`, `3`) by amount and other strings bytewise (`pod-10` before `pod-9`; RFC 3339
/// timestamps sort by time); objects without the field go first. A field no object
/// has is an error; maps, lists and booleans cannot be sorted (kubectl exits through klog).
struct SortBy {
    /// The expression as the sorter parses it: `{.metadata.name}` for `.metadata.name`.
    let field: String
    private let nodes: [JSONPathNode]

    /// Where the sort happens: rows of a server table, or items of a list (`-o json|yaml|name|...`).
    enum Target {
        case table, list

        /// The Go type kubectl names when a value cannot be sorted.
        var typeName: String { self == .table ? "[][][]reflect.Value" : "*unstructured.Unstructured" }
        /// Where in kubectl's `sorter.go` that message is logged.
        var sourceLine: Int { self == .table ? 375 : 329 }
    }

    /// Why sorting failed: a refusal (`error: ...`), or a value kubectl cannot compare, which
    /// it reports through klog and exits.
    struct Failure: Error, Equatable {
        var message: String
        var unsortable = false
    }

    /// Parses `expression`; tables fall back to the raw text when it is not a simple path, lists refuse it.
    init(_ expression: String, for target: Target) throws(Failure) {
        do {
            field = try CustomColumnsPrinter.relaxedExpression(expression)
        } catch {
            guard target == .table else { throw Failure(message: error.message) }
            field = expression
        }
        do {
            nodes = try JSONPathParser.parse(field)
        } catch {
            throw Failure(message: target == .table ? "sorting error: \(error.message)" : error.message)
        }
    }

    /// `values` ordered by the field of `object(value)`, as `sort.Sort` orders them.
    func sort<Value>(_ values: [Value], for target: Target, object: (Value) -> JSONValue) throws(Failure) -> [Value] {
        var keys: [JSONValue?] = []
        for value in values {
            var evaluator = JSONPathEvaluator(nodes: nodes, allowMissingKeys: true)
            do {
                keys.append(try evaluator.findResults(object(value)).first?.first)
            } catch {
                throw Failure(message: error.message)
            }
        }
        guard !values.isEmpty else { return values }
        guard keys.contains(where: { $0 != nil }) else { throw Failure(message: notFound(field)) }
        var failure: String?
        let sorted = GoSort.sorted(Array(zip(values.indices, keys))) { left, right in
            guard let a = left.1 else { return true }
            guard let b = right.1 else { return false }
            switch Self.isLess(a, b) {
            case .success(let less): return less
            case .failure(let message):
                if failure == nil { failure = message }
                return false
            }
        }
        if let failure {
            throw Failure(
                message: "Field \(field) in \(target.typeName) is an unsortable type: interface, err: \(failure)",
                unsortable: true)
        }
        return sorted.map { values[$0.0] }
    }

    /// Whether `document` has the field, as kubectl checks the objects it sorts.
    func isFound(in document: JSONValue) -> Bool {
        var evaluator = JSONPathEvaluator(nodes: nodes, allowMissingKeys: true)
        return !((try? evaluator.findResults(document))?.first?.isEmpty ?? true)
    }

    func notFound(_ field: String) -> String {
        "couldn't find any field with path \(GoValueFormat.quote(field)) in the list of objects"
    }

    /// klog's fatal line for an unsortable value (`F1203 11:03:07.000000   12345 sorter.go:375] ...`),
    /// stamped with the lab's clock.
    static func klogLine(_ failure: Failure, target: Target, at time: Timestamp) -> String {
        KlogLine.format(.fatal, source: "sorter.go:\(target.sourceLine)", failure.message, at: time)
    }

    private enum Comparison {
        case success(Bool)
        case failure(String)
    }

    /// kubectl's `isLess` for two decoded values.
    private static func isLess(_ a: JSONValue, _ b: JSONValue) -> Comparison {
        switch (a, b) {
        case (.null, .null): return .success(false)
        case (.null, _): return .success(true)
        case (_, .null): return .success(false)
        case (.int(let x), .int(let y)): return .success(x < y)
        case (.double(let x), .double(let y)): return .success(x < y)
        case (.string(let x), .string(let y)):
            if let p = Quantity(x), let q = Quantity(y) { return .success(quantityLess(p, q)) }
            return .success(x.utf8.lexicographicallyPrecedes(y.utf8))
        case (.int, _), (.double, _), (.string, _): return .failure("unsortable interface: interface")
        default: return .failure("unsortable type: \(GoValueFormat.typeName(a))")
        }
    }

    /// `Quantity.Cmp(...) < 0`: compares amounts, not spellings.
    static func quantityLess(_ p: Quantity, _ q: Quantity) -> Bool {
        let scale = min(p.scale, q.scale)
        func aligned(_ x: Quantity) -> Int64? {
            var value = x.mantissa
            for _ in 0..<(x.scale - scale) {
                let (next, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
                value = next
            }
            return value
        }
        if let x = aligned(p), let y = aligned(q) { return x < y }
        func approximate(_ x: Quantity) -> Double { Double(x.mantissa) * pow10(x.scale) }
        return approximate(p) < approximate(q)
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}
