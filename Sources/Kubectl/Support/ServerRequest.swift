import KubeAPI

/// A request kubectl sends to the apiserver, as far as a failure to send it names it: the method
/// and the URL under the kubeconfig's server.
struct ServerRequest: Equatable {
    var method: String
    var path: String
    /// Query parameters; Go's `url.Values.Encode` writes them sorted by key.
    var query: [String: String] = [:]
    /// Parameters given more than once (`command` of an exec), each key's values in order.
    var repeatedQuery: [String: [String]] = [:]
    /// The media types the client accepts, and the one of the body it sends.
    var accept: String? = MediaTypes.any
    var contentType: String?
    /// Headers beside those (an exec's streaming protocol), as `Name: value`.
    var otherHeaders: [String] = []
    /// What the request is about, for the Status of its failure.
    var target: Target?
    /// The body it sends as `-v=8` logs it (JSON as is, protobuf as a hex dump); nil when it sends
    /// none or the lab does not know it.
    var body: String?

    /// The discovery request client-go's cached discovery makes first: the core API group list.
    static let groupList = ServerRequest(method: "GET", path: "/api", query: ["timeout": "32s"])

    /// The OpenAPI v2 document the client-side schema validation downloads.
    static let openAPI = ServerRequest(method: "GET", path: "/openapi/v2", query: ["timeout": "32s"])

    /// A typed client's create of an object of `type` (in `namespace` when it is namespaced), with
    /// the options kubectl's generators send.
    static func create(
        _ type: ResourceType, namespace: String, dryRun: Bool, fieldManager: String, validation: String
    ) -> ServerRequest {
        var query = ["fieldManager": fieldManager, "fieldValidation": validation]
        if dryRun { query["dryRun"] = "All" }
        return ServerRequest(method: "POST", path: collectionPath(type, namespace: namespace), query: query)
    }

    /// `/api/v1/namespaces/NS/pods`, `/apis/GROUP/VERSION/PLURAL` for a cluster-scoped type.
    static func collectionPath(_ type: ResourceType, namespace: String) -> String {
        let base = type.group.isEmpty ? "/api/\(type.version)" : "/apis/\(type.group)/\(type.version)"
        return type.namespaced ? "\(base)/namespaces/\(namespace)/\(type.plural)" : "\(base)/\(type.plural)"
    }

    /// The full URL under `server`.
    func url(server: String) -> String {
        let values = query.mapValues { [$0] }.merging(repeatedQuery) { $0 + $1 }
        let encoded = values.keys.sorted().flatMap { key in
            values[key, default: []].map { "\(GoEscaping.query(key))=\(GoEscaping.query($0))" }
        }
        return server + path + (encoded.isEmpty ? "" : "?" + encoded.joined(separator: "&"))
    }

    /// Go's `url.Error` for the request when it cannot reach `server`:
    /// `Post "URL": dial tcp ADDRESS: connect: connection refused`.
    func error(_ failure: ConnectionFailure, server: String) -> String {
        let operation = method.prefix(1).uppercased() + method.dropFirst().lowercased()
        return "\(operation) \(GoSyntax.quoted(url(server: server))): \(ServerConnection.goError(failure, server: server))"
    }
}
