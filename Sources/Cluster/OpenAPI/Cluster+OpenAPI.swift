import KubeAPI

/// OpenAPI (`/openapi/v3`): the field schema the apiserver publishes, one document per group/version.
extension Cluster {
    /// The document of `groupVersion` (`v1`, `apps/v1`, or a version that is not the preferred
    /// one, such as `autoscaling/v1`), nil when the apiserver serves no such group/version. The
    /// kinds of established CustomResourceDefinitions are published from their schemas.
    public func openAPIDocument(groupVersion: String) -> OpenAPIDocument? {
        if let cached = currentOpenAPICache.documents[groupVersion] { return cached }
        let document = buildOpenAPIDocument(groupVersion: groupVersion)
        keepOpenAPI { $0.documents[groupVersion] = .some(document) }
        return document
    }

    private func buildOpenAPIDocument(groupVersion: String) -> OpenAPIDocument? {
        let resources = (servedResources + ResourceType.otherVersions).filter { $0.apiVersion == groupVersion }
        guard !resources.isEmpty else { return nil }
        var schema = settings.schema
        for definition in list(.customResourceDefinitions) where Self.servedType(of: definition) != nil {
            let spec = definition.value["spec"]
            guard let group = spec["group"].string, let kind = spec["names"]["kind"].string else { continue }
            for version in spec["versions"].array where version["served"].bool == true {
                guard let name = version["name"].string, "\(group)/\(name)" == groupVersion else { continue }
                schema.addCustomKind(
                    kind: kind, group: group, version: name, schema: version["schema"]["openAPIV3Schema"])
            }
        }
        return OpenAPIDocument(schema: schema, groupVersion: groupVersion, resources: resources)
    }
}

/// One group/version's OpenAPI document: its resources' paths and the schemas of their kinds.
public struct OpenAPIDocument: Sendable {
    public let schema: APISchema
    let groupVersion: String
    let resources: [ResourceType]

    /// The kind served at `resource` (a plural) in this group/version, when its schema is published.
    public func kind(ofResource resource: String) -> APISchema.TypeDefinition? {
        guard let type = resources.first(where: { $0.plural == resource }) else { return nil }
        return schema.kind(type.kind, groupVersion: groupVersion)
    }
}
