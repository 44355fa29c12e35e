import KubeAPI

/// cli-runtime's `NamePrinter`: `<kind>[.<group>]/<name>`, with an operation for mutating verbs.
///
/// `-o name` prints bare `pod/nginx` lines; `create` prints `deployment.apps/web created`;
/// `shortOutput` (a mutating verb with `-o name`) drops the operation.
public struct NamePrinter: Sendable, Equatable {
    /// The verb's past participle (`created`, `configured`, `scaled`); empty for `-o name`.
    public var operation: String
    public var shortOutput: Bool

    public init(operation: String = "", shortOutput: Bool = false) {
        self.operation = operation
        self.shortOutput = shortOutput
    }

    /// The line for one object of `kind` in API group `group` (empty for core).
    public func line(kind: String, group: String, name: String) -> String {
        var text = group.isEmpty ? "\(kind.lowercased())/\(name)" : "\(kind.lowercased()).\(group)/\(name)"
        if !shortOutput && !operation.isEmpty { text += " \(operation)" }
        return text + "\n"
    }

    /// The line for an object of a known resource type.
    public func line(type: ResourceType, name: String) -> String {
        line(kind: type.kind, group: type.group, name: name)
    }

    /// The line for an object, named by its own `apiVersion` and `kind`.
    public func line(for object: KubeObject) -> String {
        line(kind: object.kind, group: object.group, name: object.name)
    }

    /// One line per object, in order.
    public func render(_ objects: [KubeObject]) -> String {
        objects.map(line(for:)).joined()
    }

    /// One line per row of each group, in order (`kubectl get pods,svc -o name`).
    public func render(_ groups: [TableGroup]) -> String {
        groups.flatMap { group in group.table.rows.map { line(type: group.type, name: $0.object.name) } }.joined()
    }
}
