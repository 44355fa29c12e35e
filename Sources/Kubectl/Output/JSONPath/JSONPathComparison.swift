import KubeAPI

/// The comparisons of a `[?(...)]` filter, with Go's template rules: only like with like
/// (an int never equals a float), and no ordering of booleans.
enum JSONPathComparison {
    struct Failure: Error {
        var message: String
    }

    private enum Kind { case bool, int, float, string }

    static func compare(_ left: JSONValue, _ op: String, _ right: JSONValue) throws(Failure) -> Bool {
        switch op {
        case "==": return try equal(left, right)
        case "!=": return try !equal(left, right)
        case "<": return try less(left, right)
        case "<=":
            if try less(left, right) { return true }
            return try equal(left, right)
        case ">":
            if try less(left, right) { return false }
            return try !equal(left, right)
        case ">=": return try !less(left, right)
        default: throw Failure(message: "unrecognized filter operator \(op)")
        }
    }

    private static func kind(_ value: JSONValue) throws(Failure) -> Kind {
        switch value {
        case .bool: return .bool
        case .int: return .int
        case .double: return .float
        case .string: return .string
        default: throw Failure(message: badType)
        }
    }

    private static func equal(_ left: JSONValue, _ right: JSONValue) throws(Failure) -> Bool {
        guard try kind(left) == kind(right) else { throw Failure(message: incompatible) }
        return left == right
    }

    private static func less(_ left: JSONValue, _ right: JSONValue) throws(Failure) -> Bool {
        guard try kind(left) == kind(right) else { throw Failure(message: incompatible) }
        switch (left, right) {
        case (.int(let a), .int(let b)): return a < b
        case (.double(let a), .double(let b)): return a < b
        case (.string(let a), .string(let b)): return a.utf8.lexicographicallyPrecedes(b.utf8)
        default: throw Failure(message: badType)
        }
    }

    static let badType = "invalid type for comparison"
    static let incompatible = "incompatible types for comparison"
}
