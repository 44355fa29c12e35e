import KubeAPI

/// A pod's ephemeral containers (`kubectl debug`'s): added through their own subresource to a
/// pod that already runs, started once by the kubelet and never restarted.
extension KubeObject {
    /// The pod's ephemeral containers, in the order they were added.
    public var ephemeralContainers: [JSONValue] { value.member("spec", "ephemeralContainers").array }

    /// Every container the kubelet runs for the pod: init, app, then ephemeral ones.
    var allKubeletContainers: [JSONValue] {
        // Most pods have none: their list is then the kubelet's, not a new array.
        let ephemeral = ephemeralContainers
        return ephemeral.isEmpty ? kubeletContainers : kubeletContainers + ephemeral
    }

    /// The spec of the pod's container called `name`, whatever its kind (names are unique across them).
    public func containerSpec(named name: String) -> JSONValue? {
        allKubeletContainers.first { $0["name"].string == name }
    }

    /// The status the kubelet reports for the pod's container called `name`, whatever its kind (null before any).
    public func containerStatus(named name: String) -> JSONValue { PodStatusWriter.container(self, name) }

    /// Whether `name` is one of the pod's ephemeral containers.
    public func isEphemeralContainer(_ name: String) -> Bool { ephemeralContainers.contains { $0["name"].string == name } }

    /// The ephemeral containers the kubelet has not reported yet: added since its last sync.
    var unreportedEphemeralContainers: [JSONValue] {
        let ephemeralContainers = ephemeralContainers
        guard !ephemeralContainers.isEmpty else { return [] }
        let reported = Set(self[path: "status.ephemeralContainerStatuses"].array.compactMap { $0["name"].string })
        return ephemeralContainers.filter { !reported.contains($0["name"].string ?? "") }
    }
}
