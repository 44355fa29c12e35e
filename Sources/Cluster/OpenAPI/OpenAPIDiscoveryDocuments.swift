import KubeAPI
import OrderedCollections

/// The small OpenAPI v3 documents of the apiserver's discovery and version endpoints, which its
/// `/openapi/v3` index lists beside the group/versions: `api` (`/api/`), `apis` (`/apis/`),
/// `apis/GROUP` (`/apis/GROUP/`) and `version` (`/version/`).
enum OpenAPIDiscoveryDocuments {
    /// The document at `path`, nil when it is not one of these; `groups` are the served API groups.
    static func document(path: String, groups: [String], version: String) -> JSONValue? {
        let parts = path.split(separator: "/").map(String.init)
        let operation: (path: String, id: String, tag: String, text: String, response: String)
        switch (parts.first, parts.count) {
        case ("api", 1):
            operation = ("/api/", "getCoreAPIVersions", "core", "Lists the versions of the core API group.", "APIVersions")
        case ("apis", 1):
            operation = ("/apis/", "getAPIVersions", "apis", "Lists the API groups the server serves, with their versions.", "APIGroupList")
        case ("apis", 2) where groups.contains(parts[1]):
            let words = parts[1].hasSuffix(".k8s.io") ? String(parts[1].dropLast(7)) : parts[1]
            let camel = words.split(separator: ".").enumerated().map { index, word in
                index == 0 ? String(word) : word.prefix(1).uppercased() + word.dropFirst()
            }.joined()
            operation = (
                "/apis/\(parts[1])/", "get\(camel.prefix(1).uppercased() + camel.dropFirst())APIGroup", camel,
                "Reads the versions of the \(parts[1]) API group.", "APIGroup")
        case ("version", 1):
            operation = ("/version/", "getCodeVersion", "version", "Reads the version of the server's code.", "version.Info")
        default:
            return nil
        }
        let reference = "#/components/schemas/\(Self.name(operation.response))"
        let get: JSONValue = [
            "tags": [.string(operation.tag)],
            "description": .string(operation.text),
            "operationId": .string(operation.id),
            "responses": [
                "200": ["description": "OK", "content": ["application/json": ["schema": ["$ref": .string(reference)]]]],
                "401": ["description": "Unauthorized"],
            ],
        ]
        var schemas: [(String, JSONValue)] = []
        for name in Self.needs[operation.response] ?? [operation.response] {
            if let schema = Self.schemas[name] { schemas.append((Self.name(name), schema)) }
        }
        schemas.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return [
            "openapi": "3.0.0",
            "info": ["title": "Kubernetes", "version": .string(version)],
            "paths": [operation.path: ["get": get]],
            "components": [
                "schemas": .object(OrderedDictionary(schemas, uniquingKeysWith: { first, _ in first })),
                "securitySchemes": ["BearerToken": Cluster.bearerToken],
            ],
        ]
    }

    /// The published name of a discovery type.
    private static func name(_ type: String) -> String {
        type == "version.Info" ? "io.k8s.apimachinery.pkg.version.Info" : "io.k8s.apimachinery.pkg.apis.meta.v1.\(type)"
    }

    /// The types each answer needs besides itself.
    private static let needs: [String: [String]] = [
        "APIVersions": ["APIVersions", "ServerAddressByClientCIDR"],
        "APIGroupList": ["APIGroupList", "APIGroup", "GroupVersionForDiscovery", "ServerAddressByClientCIDR"],
        "APIGroup": ["APIGroup", "GroupVersionForDiscovery", "ServerAddressByClientCIDR"],
    ]

    private static func property(_ text: String, _ type: String) -> JSONValue { ["description": .string(text), "type": .string(type)] }

    private static func list(_ text: String, of type: String) -> JSONValue {
        ["description": .string(text), "type": "array", "items": ["$ref": .string("#/components/schemas/\(name(type))")]]
    }

    /// A kind's properties: its own and the type meta every kind has, sorted by name as the
    /// published schema's map writes them. Built from pairs, never from a Swift `Dictionary`,
    /// whose order changes with each process's hash seed and would change the document's hash.
    private static func properties(of kind: String, _ own: KeyValuePairs<String, JSONValue>) -> JSONValue {
        let typeMeta: [(String, JSONValue)] = [
            ("apiVersion", property("The API version of this answer.", "string")),
            ("kind", property("The kind of this answer, \(kind).", "string")),
        ]
        let all = (typeMeta + own.map { ($0.key, $0.value) }).sorted { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return .object(OrderedDictionary(all, uniquingKeysWith: { _, last in last }))
    }

    /// Their schemas, in our words.
    private static let schemas: [String: JSONValue] = [
        "APIVersions": [
            "description": "The versions of the core API group, and the addresses clients reach the server at.",
            "type": "object",
            "required": ["versions", "serverAddressByClientCIDRs"],
            "properties": properties(of: "APIVersions", [
                "serverAddressByClientCIDRs": list("Which server address a client in each CIDR should use.", of: "ServerAddressByClientCIDR"),
                "versions": ["description": "The versions served, such as v1.", "type": "array", "items": ["type": "string"]],
            ]),
            "x-kubernetes-group-version-kind": [["group": "", "kind": "APIVersions", "version": "v1"]],
        ],
        "ServerAddressByClientCIDR": [
            "description": "An address of the server for clients in one network range.",
            "type": "object",
            "required": ["clientCIDR", "serverAddress"],
            "properties": [
                "clientCIDR": property("The clients' network range, such as 0.0.0.0/0.", "string"),
                "serverAddress": property("The host and port those clients should use.", "string"),
            ],
        ],
        "APIGroupList": [
            "description": "Every API group the server serves.",
            "type": "object",
            "required": ["groups"],
            "properties": properties(of: "APIGroupList", [
                "groups": list("The groups, each with its versions.", of: "APIGroup")
            ]),
            "x-kubernetes-group-version-kind": [["group": "", "kind": "APIGroupList", "version": "v1"]],
        ],
        "APIGroup": [
            "description": "One API group: its name, the versions served and the one clients should prefer.",
            "type": "object",
            "required": ["name", "versions"],
            "properties": properties(of: "APIGroup", [
                "name": property("The group's name, such as apps.", "string"),
                "preferredVersion": [
                    "description": "The version clients should use when they have no reason to pick another.",
                    "allOf": [["$ref": .string("#/components/schemas/\(name("GroupVersionForDiscovery"))")]],
                ],
                "serverAddressByClientCIDRs": list("Which server address a client in each CIDR should use.", of: "ServerAddressByClientCIDR"),
                "versions": list("The versions served.", of: "GroupVersionForDiscovery"),
            ]),
            "x-kubernetes-group-version-kind": [["group": "", "kind": "APIGroup", "version": "v1"]],
        ],
        "GroupVersionForDiscovery": [
            "description": "One version of a group.",
            "type": "object",
            "required": ["groupVersion", "version"],
            "properties": [
                "groupVersion": property("The group and version, such as apps/v1.", "string"),
                "version": property("The version alone, such as v1.", "string"),
            ],
        ],
        "version.Info": [
            "description": "The version of the server's code and how it was built.",
            "type": "object",
            "required": ["major", "minor", "gitVersion", "gitCommit", "gitTreeState", "buildDate", "goVersion", "compiler", "platform"],
            "properties": [
                "buildDate": property("When the binary was built.", "string"),
                "compiler": property("The Go compiler that built it.", "string"),
                "gitCommit": property("The commit it was built from.", "string"),
                "gitTreeState": property("Whether the source tree was clean.", "string"),
                "gitVersion": property("The release, such as v1.32.2.", "string"),
                "goVersion": property("The Go version it was built with.", "string"),
                "major": property("The major version number.", "string"),
                "minor": property("The minor version number.", "string"),
                "platform": property("The operating system and architecture.", "string"),
            ],
        ],
    ]
}
