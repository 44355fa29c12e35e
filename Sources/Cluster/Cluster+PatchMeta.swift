import KubeAPI

extension Cluster {
    /// The patch strategies and merge keys of `type`'s fields, read from the schema the cluster
    /// publishes: the one source both kubectl's three-way patch and the apiserver's strategic
    /// merge use. A kind the schema does not describe has none.
    public func patchMeta(for type: ResourceType) -> PatchMeta {
        // The built-in kinds only: custom resources take no strategic merge patches.
        settings.schema.kind(type.kind, groupVersion: type.apiVersion).map { _ in
            PatchMeta(schema: settings.schema, kind: type.kind)
        } ?? .none
    }
}
