import KubeAPI
import OrderedCollections

/// The kubelet's expansion of `$(NAME)` in a container's command and args
/// (`ExpandContainerCommandAndArgs`): each reference to one of the variables it gives the
/// container becomes its value, `$$` becomes `$`, and any other reference stays as written.
extension Cluster {
    /// `container` with its command and args as the kubelet hands them to the runtime.
    func expandingCommand(of container: JSONValue, in pod: KubeObject) -> JSONValue {
        guard
            container["command"].array.contains(where: Self.mayReference)
                || container["args"].array.contains(where: Self.mayReference)
        else { return container }
        let name = container["name"].string ?? ""
        let variables =
            containerEnvironments[Self.environmentKey(pod.uid, name)]
            ?? (try? containerEnvironment(of: pod, container: container)) ?? [:]
        var expanded = container
        for field in ["command", "args"] where !container[field].isNull {
            expanded[field] = .array(
                container[field].array.map { word in
                    guard let text = word.string else { return word }
                    return .string(EnvironmentExpansion.expand(text) { variables[$0] })
                })
        }
        return expanded
    }

    private static func mayReference(_ word: JSONValue) -> Bool { word.string?.contains("$") ?? false }
}
