import KubeAPI
import Kubectl

/// What a kubectl command must have meant; parts left out match anything.
public struct CommandPattern: Sendable, Equatable {
    public var verb: Expectation?
    /// Resources, compared as a set after `all` and short names are expanded.
    public var resources: [String]?
    /// Object names, compared as a set.
    public var names: [String]?
    public var namespace: Expectation?
    public var allNamespaces: Bool?
    /// The label selector, compared requirement by requirement.
    public var selector: Expectation?
    public var output: Expectation?

    public init(
        verb: Expectation? = nil, resources: [String]? = nil, names: [String]? = nil,
        namespace: Expectation? = nil, allNamespaces: Bool? = nil, selector: Expectation? = nil,
        output: Expectation? = nil
    ) {
        self.verb = verb
        self.resources = resources
        self.names = names
        self.namespace = namespace
        self.allNamespaces = allNamespaces
        self.selector = selector
        self.output = output
    }

    /// Whether `meaning` fits every part of the pattern.
    public func matches(_ meaning: KubectlMeaning) -> Bool {
        if let verb, !verb.matches(meaning.verb) { return false }
        if let resources, ResourceName.expanded(resources) != ResourceName.expanded(meaning.resources) {
            return false
        }
        if let names, Set(names) != Set(meaning.names) { return false }
        if let namespace, !namespace.matches(meaning.namespace) { return false }
        if let allNamespaces, allNamespaces != meaning.allNamespaces { return false }
        if let selector, !selector.matches(meaning.labelSelector, normalize: Self.normalizedSelector) {
            return false
        }
        if let output, !output.matches(meaning.output) { return false }
        return true
    }

    /// A selector with its requirements in a fixed order, so `b=2,a=1` and `a=1, b=2` compare equal.
    static func normalizedSelector(_ text: String) -> String {
        if let selector = try? LabelSelector(parsing: text) {
            return selector.requirements.map(\.description).sorted().joined(separator: ",")
        }
        return text.filter { !$0.isWhitespace }
    }
}
