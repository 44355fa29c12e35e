import KubeAPI

extension Cluster {
    /// The warnings the apiserver would send back with a successful write of `object` (a create,
    /// or an update of what is stored): those about a custom resource's new finalizers.
    public func writeWarnings(for object: KubeObject, as type: ResourceType) -> [String] {
        guard !ResourceType.served.contains(type) else { return [] }
        return FinalizerValidation.customResourceWarnings(object, old: lookup(type, object.namespace, object.name))
    }
}
