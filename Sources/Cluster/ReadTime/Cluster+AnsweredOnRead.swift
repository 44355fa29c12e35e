import KubeAPI

/// Kinds whose answer the apiserver works out when asked, not only from what etcd holds:
/// component statuses (health checks made per request), the aggregator's local APIServices
/// and their availability, leases, whose holders renew them on their own clocks, and nodes
/// whose kubelet reports a failing PLEG at every status tick.
extension Cluster {
    /// The objects of `type` as a read sees them now, or nil for kinds read straight from the store.
    func answeredOnRead(_ type: ResourceType, namespace: String?) -> [KubeObject]? {
        switch type.kind {
        case "ComponentStatus" where type == .componentStatuses: componentStatuses()
        case "APIService" where type == .apiServices: apiServices()
        case "Lease" where type == .leases: store.list(type, namespace: namespace).map(renewed)
        case "Node" where type == .nodes: nodesWithPLEGHealth()
        default: nil
        }
    }

    /// The apiserver's deprecation warning for requests of `type` (a `Warning` header kubectl prints).
    public func warning(for type: ResourceType) -> String? {
        type == .componentStatuses ? "v1 ComponentStatus is deprecated in v1.19+" : nil
    }
}
