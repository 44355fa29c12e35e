import KubeAPI

/// Go's template comparison functions (`eq`, `lt` and the rest built on them): basic kinds only,
/// integers of any size compared as integers, and Go's complaints otherwise.
enum GoComparison {
    typealias CallError = GoTemplateExecutor.CallError

    static let badComparison = CallError(message: "incompatible types for comparison")
    static let badComparisonType = CallError(message: "invalid type for comparison")

    static func eq(_ first: GoValue, _ others: [GoValue]) throws(CallError) -> Bool {
        let a = first.dug
        guard !others.isEmpty else { throw CallError(message: "missing argument for comparison") }
        for other in others {
            let b = other.dug
            let (k1, k2) = (basic(a), basic(b))
            var truth = false
            if k1 != k2 {
                if (k1 == .int && k2 == .uint) || (k1 == .uint && k2 == .int) {
                    truth = a.intValue == b.intValue
                } else if a.isValid && b.isValid {
                    throw badComparison
                }
            } else {
                switch (a, b) {
                case (.json(.bool(let x)), .json(.bool(let y))): truth = x == y
                case (.json(.double(let x)), .json(.double(let y))): truth = x == y
                case (.json(.string(let x)), .json(.string(let y))): truth = x == y
                case _ where k1 == .int || k1 == .uint: truth = a.intValue == b.intValue
                default:
                    guard a.isValid, b.isValid else {
                        truth = !a.isValid && !b.isValid
                        break
                    }
                    throw CallError(message: "non-comparable type \(GoFormat.sprint([b])): \(b.typeName)")
                }
            }
            if truth { return true }
        }
        return false
    }

    static func lt(_ first: GoValue, _ second: GoValue) throws(CallError) -> Bool {
        let (a, b) = (first.dug, second.dug)
        let (k1, k2) = (basic(a), basic(b))
        guard k1 != .other, k2 != .other else { throw badComparisonType }
        if k1 != k2 {
            if (k1 == .int && k2 == .uint) || (k1 == .uint && k2 == .int), let x = a.intValue, let y = b.intValue {
                return x < y
            }
            throw badComparison
        }
        switch (a, b) {
        case (.json(.double(let x)), .json(.double(let y))): return x < y
        case (.json(.string(let x)), .json(.string(let y))): return x.utf8.lexicographicallyPrecedes(y.utf8)
        case _ where k1 == .int || k1 == .uint: return (a.intValue ?? 0) < (b.intValue ?? 0)
        default: throw badComparisonType
        }
    }

    private enum Basic { case bool, int, uint, float, string, other }

    private static func basic(_ value: GoValue) -> Basic {
        switch value.kind {
        case .bool: return .bool
        case .int: return .int
        case .uint: return .uint
        case .float: return .float
        case .string: return .string
        default: return .other
        }
    }
}
