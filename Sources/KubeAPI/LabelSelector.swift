/// A label selector: requirements that every matching label set satisfies.
public struct LabelSelector: Sendable, Equatable {
    public enum Operator: Sendable, Equatable {
        case equals, doubleEquals, notEquals, `in`, notIn, exists, doesNotExist, greaterThan, lessThan
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
            case .equals, .doubleEquals, .in: return value.map(values.contains) ?? false
            case .notEquals, .notIn: return value.map { !values.contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            case .greaterThan, .lessThan:
                // Both sides must read as base-10 int64s, else the label does not match.
                guard let value, let have = Int64(value), values.count == 1, let bound = Int64(values[0]) else { return false }
                return op == .greaterThan ? have > bound : have < bound
            }
        }

        /// The requirement as `labels.Requirement.String` prints it (`k=v`, `k in (a,b)`, `!k`, `k>3`).
        public var description: String {
            switch op {
            case .equals: return "\(key)=\(values.first ?? "")"
            case .doubleEquals: return "\(key)==\(values.first ?? "")"
            case .greaterThan: return "\(key)>\(values.first ?? "")"
            case .lessThan: return "\(key)<\(values.first ?? "")"
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

    /// `labels.Selector.String()`: the requirements in their parsed (key) order joined by commas,
    /// empty for none; what a client that parsed a selector sends as `labelSelector`.
    public var queryText: String { requirements.map(\.description).joined(separator: ",") }

    /// `k=v,k2 in (a)`, or `<none>` when empty, as tables print selectors.
    public var description: String {
        requirements.isEmpty ? "<none>" : queryText
    }
}
