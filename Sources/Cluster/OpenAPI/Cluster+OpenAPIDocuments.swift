import KubeAPI
import OrderedCollections

/// The OpenAPI documents the apiserver serves, built from the schema it publishes and the
/// resources it serves: `/openapi/v3` (an index of one document per group/version and per
/// discovery endpoint, each URL carrying the SHA-512 of the document), `/openapi/v3/<api/v1|apis/GROUP/VERSION>` and the
/// Swagger 2.0 `/openapi/v2`. Each is compact JSON as Go's `json.Marshal` writes it.
extension Cluster {
    /// `/openapi/v3`: `{"paths":{"api/v1":{"serverRelativeURL":"/openapi/v3/api/v1?hash=..."},...}}`.
    public func openAPIV3Index() -> String {
        if let index = currentOpenAPICache.index { return index }
        var paths: [(String, JSONValue)] = []
        let groups = Array(Set(servedGroupVersions.filter { $0.contains("/") }.map { String($0.prefix { $0 != "/" }) }))
        let discovery = ["api", "apis", "version"] + groups.map { "apis/\($0)" }
        for path in servedGroupVersions.map(Self.openAPIPath) + discovery {
            guard let document = openAPIV3Document(path: path) else { continue }
            let url = "/openapi/v3/\(path)?hash=\(SHA512.hexDigest(document))"
            paths.append((path, ["serverRelativeURL": .string(url)]))
        }
        paths.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        let index = GoJSON.marshal(["paths": .object(OrderedDictionary(paths, uniquingKeysWith: { first, _ in first }))])
        keepOpenAPI { $0.index = index }
        return index
    }

    /// `/openapi/v3/api/v1`, `/openapi/v3/apis/apps/v1`: one group/version's paths and the
    /// schemas they use; nil for a path that names no served group/version.
    public func openAPIV3Document(path: String) -> String? {
        if let cached = currentOpenAPICache.v3[path] { return cached }
        let document = openAPIV3Value(path: path).map { GoJSON.marshal($0) }
        keepOpenAPI { $0.v3[path] = .some(document) }
        return document
    }

    /// The document of `openAPIV3Document(path:)`, before it is written.
    func openAPIV3Value(path: String) -> JSONValue? {
        let groups = servedGroupVersions.filter { $0.contains("/") }.map { String($0.prefix { $0 != "/" }) }
        if let discovery = OpenAPIDiscoveryDocuments.document(path: path, groups: groups, version: settings.kubernetesVersion) {
            return discovery
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let groupVersion: String
        switch (parts.first, parts.count) {
        case ("api", 2): groupVersion = parts[1]
        case ("apis", 3): groupVersion = parts[1] + "/" + parts[2]
        default: return nil
        }
        guard Self.openAPIPath(of: groupVersion) == path, let document = openAPIDocument(groupVersion: groupVersion) else { return nil }
        let writer = OpenAPISchemaWriter(schema: document.schema, flavor: .v3)
        let (paths, schemas) = publish(document.resources, schema: document.schema, writer: writer)
        let body: JSONValue = [
            "openapi": "3.0.0",
            "info": ["title": "Kubernetes", "version": .string(settings.kubernetesVersion)],
            "paths": paths,
            "components": [
                "schemas": schemas,
                "securitySchemes": ["BearerToken": Self.bearerToken],
            ],
        ]
        return body
    }

    /// `/openapi/v2`: every served group/version's paths and every schema they use, in one Swagger 2.0 document.
    public func openAPIV2Document() -> String {
        if let cached = currentOpenAPICache.v2 { return cached }
        let document = GoJSON.marshal(openAPIV2Value())
        keepOpenAPI { $0.v2 = document }
        return document
    }

    /// The document of `openAPIV2Document()`, before it is written.
    func openAPIV2Value() -> JSONValue {
        var resources: [ResourceType] = []
        var schema = settings.schema
        for groupVersion in servedGroupVersions {
            guard let document = openAPIDocument(groupVersion: groupVersion) else { continue }
            resources += document.resources
            for (name, type) in document.schema.types where schema.types[name] == nil { schema.add(type) }
        }
        let writer = OpenAPISchemaWriter(schema: schema, flavor: .v2)
        let (paths, definitions) = publish(resources, schema: schema, writer: writer)
        let body: JSONValue = [
            "swagger": "2.0",
            "info": ["title": "Kubernetes", "version": .string(settings.kubernetesVersion)],
            "paths": paths,
            "definitions": definitions,
            "securityDefinitions": ["BearerToken": Self.bearerToken],
            "security": [["BearerToken": []]],
        ]
        return body
    }

    /// `api/v1`, `apis/apps/v1`: where a group/version's document is served under `/openapi/v3`.
    static func openAPIPath(of groupVersion: String) -> String {
        groupVersion.contains("/") ? "apis/\(groupVersion)" : "api/\(groupVersion)"
    }

    /// The security scheme every document names: a bearer token in the Authorization header.
    static let bearerToken: JSONValue = [
        "type": "apiKey", "description": "Bearer Token authentication", "name": "authorization", "in": "header",
    ]

    /// The paths of `resources` and the schemas they need: their kinds, what those use, and a
    /// list type for each kind that can be listed.
    private func publish(_ resources: [ResourceType], schema: APISchema, writer: OpenAPISchemaWriter) -> (paths: JSONValue, schemas: JSONValue) {
        var kinds: [ResourceType: String] = [:]
        for type in resources {
            if let kind = schema.kind(type.kind, groupVersion: type.apiVersion) { kinds[type] = kind.name }
        }
        let builder = OpenAPIPaths(flavor: writer.flavor) { type in kinds[type].flatMap { writer.names[$0] } }
        let paths = builder.paths(for: resources)
        var schemas = writer.definitions(for: Array(Set(kinds.values)).sorted()).object
        let lists = OpenAPIListSchemas(writer: writer)
        for type in resources where type.verbs.contains("list") {
            guard let kind = kinds[type], let definition = schema.types[kind], let name = writer.names[kind] else { continue }
            schemas[name + "List"] = lists.list(of: definition, named: name, type: type)
            schemas[OpenAPIListSchemas.listMetaName] = lists.listMeta
        }
        let sorted = schemas.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        return (
            .object(OrderedDictionary(paths, uniquingKeysWith: { first, _ in first })),
            .object(OrderedDictionary(uniqueKeysWithValues: sorted.map { ($0.key, $0.value) }))
        )
    }
}
