/// A label selector: requirements that every matching label set satisfies.
public struct LabelSelector: Sendable, Equatable {
    public enum Operator: Sendable, Equatable {
        case equals, notEquals, `in`, notIn, exists, doesNotExist
    }

    /// One requirement such as `app=web`, `tier in (fe,be)` or `!canary`.
    public struct Requirement: Sendable, Equatable {
        public var key: String
        public var op: Operator
        public var values: [String]

        public func matches(_ labels: [String: String]) -> Bool { matches(value: labels[key]) }

        /// Whether a label set in which this requirement's key has `value` (nil: absent) matches.
        public func matches(value: String?) -> Bool {
            switch op {
            case .equals, .in: return value.map(values.contains) ?? false
            case .notEquals, .notIn: return value.map { !values.contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            }
        }

        /// The requirement as kubectl prints selectors (`k=v`, `k in (a,b)`, `!k`).
        public var description: String {
            switch op {
            case .equals: return "\(key)=\(values.first ?? "")"
            case .notEquals: return "\(key)!=\(values.first ?? "")"
            case .in: return "\(key) in (\(values.joined(separator: ",")))"
            case .notIn: return "\(key) notin (\(values.joined(separator: ",")))"
            case .exists: return key
            case .doesNotExist: return "!\(key)"
            }
        }
    }

    public var requirements: [Requirement]

    public init(_ requirements: [Requirement] = []) { self.requirements = requirements }

    /// A selector that matches every label in `labels` exactly.
    public init(matchLabels labels: [String: String]) {
        requirements = labels.sorted { $0.key < $1.key }.map { Requirement(key: $0.key, op: .equals, values: [$0.value]) }
    }

    /// A `metav1.LabelSelector` (`matchLabels` and `matchExpressions`).
    public init(json: JSONValue) {
        var result = LabelSelector(matchLabels: json["matchLabels"].stringMap).requirements
        for expression in json["matchExpressions"].array {
            let key = expression["key"].string ?? ""
            let values = expression["values"].array.compactMap(\.string)
            let op: Operator
            switch expression["operator"].string {
            case "In": op = .in
            case "NotIn": op = .notIn
            case "Exists": op = .exists
            default: op = .doesNotExist
            }
            result.append(Requirement(key: key, op: op, values: values))
        }
        requirements = result
    }

    public var isEmpty: Bool { requirements.isEmpty }

    public func matches(_ labels: [String: String]) -> Bool { requirements.allSatisfy { $0.matches(labels) } }

    /// Whether an object's labels match, read in place.
    public func matches(_ object: KubeObject) -> Bool {
        let labels = object.metadata["labels"]
        return requirements.allSatisfy { $0.matches(value: labels[$0.key].string) }
    }

    /// `k=v,k2 in (a)`, or `<none>` when empty, as tables print selectors.
    public var description: String {
        requirements.isEmpty ? "<none>" : requirements.map(\.description).joined(separator: ",")
    }
}

extension LabelSelector {
    /// Why a selector string could not be parsed, worded as the apiserver words it.
    public struct ParseError: Error, Equatable, Sendable {
        public var message: String
    }

    /// Parses the `-l` syntax: `a=b,c!=d,e in (f,g),h notin (i),j,!k`.
    public init(parsing text: String) throws(ParseError) {
        var requirements: [Requirement] = []
        var scanner = SelectorScanner(text)
        while !scanner.atEnd {
            requirements.append(try scanner.requirement())
            scanner.skipSpaces()
            if scanner.atEnd { break }
            guard scanner.consume(",") else {
                throw ParseError(message: "found '\(scanner.remainder.prefix(1))', expected: ',' or 'end of string'")
            }
        }
        self.requirements = requirements
    }
}

/// A tiny scanner over the selector grammar.
struct SelectorScanner {
    private let chars: [Character]
    private var index = 0

    init(_ text: String) { chars = Array(text) }

    var atEnd: Bool {
        var i = index
        while i < chars.count, chars[i] == " " { i += 1 }
        return i >= chars.count
    }
    var remainder: String { String(chars[index...]) }

    mutating func skipSpaces() { while index < chars.count, chars[index] == " " { index += 1 } }

    mutating func consume(_ token: String) -> Bool {
        skipSpaces()
        let t = Array(token)
        guard index + t.count <= chars.count, Array(chars[index..<index + t.count]) == t else { return false }
        index += t.count
        return true
    }

    private static let keyChars = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_./")

    mutating func word() -> String {
        skipSpaces()
        let start = index
        while index < chars.count, SelectorScanner.keyChars.contains(chars[index]) { index += 1 }
        return String(chars[start..<index])
    }

    mutating func requirement() throws(LabelSelector.ParseError) -> LabelSelector.Requirement {
        if consume("!") {
            let key = word()
            guard !key.isEmpty else { throw .init(message: "found '\(remainder.prefix(1))', expected: identifier") }
            return .init(key: key, op: .doesNotExist, values: [])
        }
        let key = word()
        guard !key.isEmpty else {
            throw .init(message: "found '\(remainder.isEmpty ? "" : String(remainder.prefix(1)))', expected: identifier")
        }
        if consume("==") || consume("=") { return .init(key: key, op: .equals, values: [word()]) }
        if consume("!=") { return .init(key: key, op: .notEquals, values: [word()]) }
        let saved = index
        let keyword = word()
        if keyword == "in" || keyword == "notin" {
            guard consume("(") else { throw .init(message: "found '\(remainder.prefix(1))', expected: '('") }
            var values: [String] = []
            repeat { values.append(word()) } while consume(",")
            guard consume(")") else { throw .init(message: "found '\(remainder.prefix(1))', expected: ')'") }
            return .init(key: key, op: keyword == "in" ? .in : .notIn, values: values)
        }
        index = saved
        return .init(key: key, op: .exists, values: [])
    }
}
