import KubeAPI

/// Discovery (`/api`, `/apis`): what the apiserver tells clients it serves.
extension Cluster {
    /// Every resource type the apiserver serves, in aggregated discovery's order (core group first).
    public var servedResources: [ResourceType] { ResourceType.served + customResourceTypes }

    /// Every group version discovery lists, the preferred ones and the others (`autoscaling/v1`).
    public var servedGroupVersions: [String] {
        Array(Set((servedResources + ResourceType.otherVersions).map(\.apiVersion))).sorted()
    }

    /// The version objects of `type` are stored in: its group's preferred one.
    func storageType(of type: ResourceType) -> ResourceType {
        guard ResourceType.otherVersions.contains(where: { $0 == type }) else { return type }
        return ResourceType.served.first { $0.group == type.group && $0.plural == type.plural } ?? type
    }

    /// A stored object as another served version of its type shows it.
    func converted(_ object: KubeObject, to type: ResourceType) -> KubeObject {
        switch (type.kind, type.apiVersion) {
        case ("HorizontalPodAutoscaler", "autoscaling/v1"): HorizontalPodAutoscalerV1View.convert(object)
        default: object
        }
    }
}
