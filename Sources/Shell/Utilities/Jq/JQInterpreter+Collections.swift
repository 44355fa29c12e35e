/// Sorting, containment and flattening, as jq 1.7 orders and compares values for its builtins.
extension JQInterpreter {
    static func stableSort(_ pairs: [(JQValue, JQValue)]) -> [JQValue] { stableSortPairs(pairs).map(\.1) }

    static func stableSortPairs(_ pairs: [(JQValue, JQValue)]) -> [(JQValue, JQValue)] {
        pairs.enumerated().sorted { a, b in
            let c = JQValue.compare(a.element.0, b.element.0)
            return c != 0 ? c < 0 : a.offset < b.offset
        }.map(\.element)
    }

    static func contains(_ a: JQValue, _ b: JQValue) throws(JQRuntimeError) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            for (k, v) in y.pairs {
                guard let mine = x[k], try contains(mine, v) else { return false }
            }
            return true
        case (.array(let x), .array(let y)):
            for item in y {
                var found = false
                for candidate in x where try contains(candidate, item) {
                    found = true
                    break
                }
                if !found { return false }
            }
            return true
        case (.string(let x), .string(let y)): return y.isEmpty || x.contains(y)
        default:
            guard a.typeName == b.typeName else {
                throw JQRuntimeError(
                    "\(JQOperators.describe(a)) and \(JQOperators.describe(b)) cannot have their containment checked")
            }
            return a == b
        }
    }

    static func flatten(_ items: [JQValue], _ depth: Double) -> [JQValue] {
        var result: [JQValue] = []
        for item in items {
            if case .array(let inner) = item, depth > 0 {
                result += flatten(inner, depth - 1)
            } else {
                result.append(item)
            }
        }
        return result
    }
}
