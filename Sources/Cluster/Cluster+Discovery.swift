import KubeAPI

/// Discovery (`/api`, `/apis`): what the apiserver tells clients it serves.
extension Cluster {
    /// Every resource type the apiserver serves, in aggregated discovery's order (core group first).
    public var servedResources: [ResourceType] { ResourceType.served }
}
