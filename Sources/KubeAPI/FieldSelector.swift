/// A field selector such as `status.phase=Running,spec.nodeName!=n1`: terms that compare one
/// selectable field of an object with a value, all of which must hold.
public struct FieldSelector: Sendable, Equatable {
    /// One term: `field=value`, `field==value` or `field!=value`.
    public struct Requirement: Sendable, Equatable {
        public var field: String
        public var notEquals: Bool
        public var value: String

        public init(field: String, notEquals: Bool = false, value: String) {
            self.field = field
            self.notEquals = notEquals
            self.value = value
        }

        /// A field an object does not have reads as the empty string, as in `fields.Set`.
        public func matches(_ fields: [String: String]) -> Bool { ((fields[field] ?? "") == value) != notEquals }
    }

    public var requirements: [Requirement]

    public init(_ requirements: [Requirement] = []) { self.requirements = requirements }

    public var isEmpty: Bool { requirements.isEmpty }

    public func matches(_ fields: [String: String]) -> Bool { requirements.allSatisfy { $0.matches(fields) } }
}
