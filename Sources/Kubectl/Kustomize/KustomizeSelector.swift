import KubeAPI
import OrderedCollections

/// A patch's `target`: which resources it applies to. Names and kinds are regular expressions
/// anchored at both ends, as kustomize matches them; selectors are label selectors.
struct KustomizeSelector {
    var group: String?
    var version: String?
    var kind: String?
    var name: String?
    var namespace: String?
    var labelSelector: String?
    var annotationSelector: String?

    init?(_ value: JSONValue) {
        guard case .object = value else { return nil }
        group = value["group"].string
        version = value["version"].string
        kind = value["kind"].string
        name = value["name"].string
        namespace = value["namespace"].string
        labelSelector = value["labelSelector"].string
        annotationSelector = value["annotationSelector"].string
    }

    /// Whether `resource` is one the target names, by any of the names it has had.
    func matches(_ resource: KustomizeResource) -> Bool {
        if let group, !group.isEmpty, !Self.matches(group, resource.group) { return false }
        if let version, !version.isEmpty, !Self.matches(version, resource.version) { return false }
        if let kind, !kind.isEmpty, !Self.matches(kind, resource.kind) { return false }
        if let name, !name.isEmpty, !resource.allNames.contains(where: { Self.matches(name, $0) }) { return false }
        if let namespace, !namespace.isEmpty, !Self.matches(namespace, resource.namespace) { return false }
        if let labelSelector, !labelSelector.isEmpty {
            guard let selector = try? LabelSelector(parsing: labelSelector),
                selector.matches(resource.object["metadata"]["labels"].stringMap)
            else { return false }
        }
        if let annotationSelector, !annotationSelector.isEmpty {
            guard let selector = try? LabelSelector(parsing: annotationSelector),
                selector.matches(resource.object["metadata"]["annotations"].stringMap)
            else { return false }
        }
        return true
    }

    /// `^pattern$` against `text`; a pattern that is not a valid expression matches itself only.
    static func matches(_ pattern: String, _ text: String) -> Bool {
        guard let expression = try? Regex("^(?:" + pattern + ")$") else { return pattern == text }
        return text.wholeMatch(of: expression) != nil
    }
}
