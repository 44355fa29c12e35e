import KubeAPI

/// Discovery (`/api`, `/apis`): what the apiserver tells clients it serves.
extension Cluster {
    /// Every resource type discovery lists, in aggregated discovery's order (core group first):
    /// metrics-server's while its APIService is available, then the established custom resources.
    public var servedResources: [ResourceType] {
        ResourceType.discovered + (metricsAPIAvailable ? ResourceType.metrics : []) + customResourceTypes
    }

    /// Every group version discovery lists, the preferred ones and the others (`autoscaling/v1`).
    public var servedGroupVersions: [String] {
        Array(Set((servedResources + ResourceType.otherVersions).map(\.apiVersion))).sorted()
    }

    /// Whether the aggregator reaches metrics-server: its APIService is registered and available.
    var metricsAPIAvailable: Bool {
        let name = "\(ResourceType.nodeMetrics.version).\(ResourceType.nodeMetrics.group)"
        guard let registered = store.get(.apiServices, namespace: nil, name: name) else { return false }
        return apiServiceAvailable(registered)
    }

    /// The version objects of `type` are stored in: its group's preferred one, or the group it is a view of.
    func storageType(of type: ResourceType) -> ResourceType {
        if let stored = ResourceType.storedAs(type) { return stored }
        guard ResourceType.otherVersions.contains(where: { $0 == type }) else { return type }
        return ResourceType.served.first { $0.group == type.group && $0.plural == type.plural } ?? type
    }

    /// A stored object as another served version of its type shows it.
    func converted(_ object: KubeObject, to type: ResourceType) -> KubeObject {
        switch (type.kind, type.apiVersion) {
        case ("HorizontalPodAutoscaler", "autoscaling/v1"): HorizontalPodAutoscalerV1View.convert(object)
        case ("Event", "events.k8s.io/v1"): EventV1View.convert(object)
        default: object
        }
    }
}
