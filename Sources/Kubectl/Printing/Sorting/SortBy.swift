import KubeAPI

/// `kubectl get --sort-by=EXPR`: orders objects by the first value a jsonpath expression finds.
///
/// As kubectl's sorter: integers and floats by value, strings that both parse as quantities
/// (`100m`, `2Gi`, `3`) by amount and other strings in natural order (`pod-9` before `pod-10`;
/// RFC 3339 timestamps sort by time); objects without the field go first. A field no object
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
    }

    /// Parses `expression`; tables fall back to the raw text when it is not a simple path, lists refuse it.
    init(_ expression: String, for target: Target) throws(KubectlFailure) {
        do {
            field = try CustomColumnsPrinter.relaxedExpression(expression)
        } catch {
            guard target == .table else { throw .error(error.message) }
            field = expression
        }
        do {
            nodes = try JSONPathParser.parse(field)
        } catch {
            throw .error(target == .table ? "sorting error: \(error.message)" : error.message)
        }
    }

    /// `values` ordered by the field of `object(value)`, as `sort.Sort` orders them.
    func sort<Value>(_ values: [Value], for target: Target, object: (Value) -> JSONValue) throws(KubectlFailure) -> [Value] {
        var keys: [JSONValue?] = []
        for value in values {
            var evaluator = JSONPathEvaluator(nodes: nodes, allowMissingKeys: true)
            do {
                keys.append(try evaluator.findResults(object(value)).first?.first)
            } catch {
                throw .error(error.message)
            }
        }
        guard !values.isEmpty else { return values }
        guard keys.contains(where: { $0 != nil }) else {
            throw .error("couldn't find any field with path \(GoValueFormat.quote(field)) in the list of objects")
        }
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
            throw KubectlFailure(
                "Field \(field) in \(target.typeName) is an unsortable type: interface, err: \(failure)")
        }
        return sorted.map { values[$0.0] }
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
            return .success(naturalLess(x, y))
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

    /// `sortorder.NaturalLess`: runs of ASCII digits compare as numbers (fewer leading zeros
    /// first on a tie), everything else bytewise, digits before other bytes.
    static func naturalLess(_ left: String, _ right: String) -> Bool {
        let s1 = Array(left.utf8)
        let s2 = Array(right.utf8)
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        var i1 = 0
        var i2 = 0
        while i1 < s1.count && i2 < s2.count {
            let c1 = s1[i1]
            let c2 = s2[i2]
            let d1 = isDigit(c1)
            let d2 = isDigit(c2)
            if d1 != d2 { return d1 }
            if !d1 {
                if c1 != c2 { return c1 < c2 }
                i1 += 1
                i2 += 1
                continue
            }
            while i1 < s1.count && s1[i1] == 0x30 { i1 += 1 }
            while i2 < s2.count && s2[i2] == 0x30 { i2 += 1 }
            let nonZero1 = i1
            let nonZero2 = i2
            while i1 < s1.count && isDigit(s1[i1]) { i1 += 1 }
            while i2 < s2.count && isDigit(s2[i2]) { i2 += 1 }
            let length1 = i1 - nonZero1
            let length2 = i2 - nonZero2
            if length1 != length2 { return length1 < length2 }
            let number1 = s1[nonZero1..<i1]
            let number2 = s2[nonZero2..<i2]
            if number1 != number2 { return number1.lexicographicallyPrecedes(number2) }
            if nonZero1 != nonZero2 { return nonZero1 < nonZero2 }
        }
        return s1.count < s2.count
    }
}
