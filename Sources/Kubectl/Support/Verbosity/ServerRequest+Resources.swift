import Cluster
import KubeAPI

extension ServerRequest {
    /// The `Accept` headers kubectl's clients send.
    enum MediaTypes {
        /// A REST client with no preference (`kubectl run`, logs, exec's pod).
        static let any = "application/json, */*"
        /// The builder's unstructured client.
        static let json = "application/json"
        /// The typed clientset, which prefers protobuf (describers, generators).
        static let protobuf = "application/vnd.kubernetes.protobuf,application/json"
        /// `get`'s human-readable output: the server's Table, either version.
        static let table =
            "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json"
    }

    /// A GET of the named object (or its `subresource`).
    static func get(
        _ type: ResourceType, namespace: String?, name: String, subresource: String = "",
        accept: String = MediaTypes.json
    ) -> ServerRequest {
        var request = ServerRequest(
            method: "GET", path: itemPath(type, namespace: namespace, name: name, subresource: subresource))
        request.accept = accept
        request.target = Target(type: type, name: name)
        return request
    }

    /// A GET of the collection, in every namespace when `namespace` is nil.
    static func list(
        _ type: ResourceType, namespace: String?, query: [String: String] = [:], accept: String = MediaTypes.json
    ) -> ServerRequest {
        var request = ServerRequest(method: "GET", path: collectionPath(type, namespace: namespace), query: query)
        request.accept = accept
        request.target = Target(type: type, name: "")
        return request
    }

    /// The builder's DELETE of the named object, with its options as a JSON body: kubectl's
    /// grace period when one was asked for, the propagation policy, and a server dry run.
    static func delete(
        _ type: ResourceType, namespace: String?, name: String, gracePeriod: Int? = nil,
        propagation: DeletionPropagation = .background, dryRun: Bool = false
    ) -> ServerRequest {
        var request = ServerRequest(method: "DELETE", path: itemPath(type, namespace: namespace, name: name))
        request.accept = MediaTypes.json
        request.contentType = "application/json"
        request.target = Target(type: type, name: name)
        var options: JSONValue = [:]
        if let gracePeriod { options["gracePeriodSeconds"] = .int(gracePeriod) }
        options["propagationPolicy"] = .string(propagation.rawValue)
        if dryRun { options["dryRun"] = ["All"] }
        request.body = GoJSON.marshal(options) + "\n"
        return request
    }

    /// The collection's path, cluster-wide for a namespaced type when `namespace` is nil.
    static func collectionPath(_ type: ResourceType, namespace: String?) -> String {
        guard let namespace, type.namespaced else {
            let base = type.group.isEmpty ? "/api/\(type.version)" : "/apis/\(type.group)/\(type.version)"
            return "\(base)/\(type.plural)"
        }
        return collectionPath(type, namespace: namespace)
    }

    /// `/api/v1/namespaces/NS/pods/NAME[/SUBRESOURCE]`.
    static func itemPath(_ type: ResourceType, namespace: String?, name: String, subresource: String = "") -> String {
        collectionPath(type, namespace: namespace ?? "") + "/" + name + (subresource.isEmpty ? "" : "/" + subresource)
    }

    /// The headers the debugging round tripper logs, by name (Go ranges over a map; the lab sorts).
    func headers(userAgent: String) -> [String] {
        var headers = otherHeaders + ["User-Agent: \(userAgent)"]
        if let accept { headers.append("Accept: \(accept)") }
        if let contentType { headers.append("Content-Type: \(contentType)") }
        return headers.sorted { $0.prefix { $0 != ":" } < $1.prefix { $0 != ":" } }
    }

    /// The Status the apiserver answers `error` with: its details name the object asked for.
    func status(of error: APIError) -> JSONValue {
        APIStatus(
            error: error, name: target?.name ?? "", group: target?.type.group ?? "", resource: target?.type.plural ?? ""
        ).json
    }

    /// The object a request is about, which a failure's Status names.
    struct Target: Equatable {
        var type: ResourceType
        var name: String
    }
}

extension SelectorQuery {
    /// The list request for `type` that this selector filters, `limit` at a time when the
    /// command reads in chunks (`--chunk-size`; 0 reads everything at once).
    func request(
        _ type: ResourceType, namespace: String?, limit: Int = 0, accept: String = ServerRequest.MediaTypes.json
    )
        -> ServerRequest
    {
        var query: [String: String] = [:]
        if !labelText.isEmpty { query["labelSelector"] = labelText }
        if !fieldText.isEmpty { query["fieldSelector"] = fieldText }
        if limit > 0 { query["limit"] = String(limit) }
        return .list(type, namespace: namespace, query: query, accept: accept)
    }
}

extension ServerRequest {
    /// A write the builder's helper sends (`create -f`, `apply`): a JSON body, the field
    /// manager in the query.
    static func write(_ method: String, _ path: String, manager: String) -> ServerRequest {
        var request = ServerRequest(method: method, path: path, query: ["fieldManager": manager])
        request.accept = MediaTypes.json
        request.contentType = "application/json"
        return request
    }
}
