import Cluster
import KubeAPI
import OrderedCollections

/// What the apiserver answers to a GET: the body a path serves, or the Status of its failure.
/// `kubectl get --raw` and `kubectl proxy` both ask through here, as the user they act for.
struct APIServerRead {
    /// What a handler writes.
    enum Body: Equatable {
        /// An API object, through the runtime serializer.
        case object(JSONValue)
        /// `/version`, which its handler always indents (`WriteRawJSON`).
        case indentedJSON(JSONValue)
        /// Bytes written as they are, with their media type.
        case text(String, contentType: String)
        /// A public document (OIDC discovery), which clients may cache for an hour.
        case published(String, contentType: String)
        /// Aggregated discovery, which clients may keep while its `ETag` holds.
        case discovery(JSONValue)

        /// The bytes on the wire: the serializer indents by two spaces, without a closing newline,
        /// for a request that asks for pretty output, and writes compact JSON with one otherwise.
        func encoded(pretty: Bool) -> String {
            switch self {
            case .object(let value), .discovery(let value): pretty ? JSONPrinter.print(value, unit: "  ") : GoJSON.marshal(value) + "\n"
            case .indentedJSON(let value): JSONPrinter.print(value, unit: "  ")
            case .text(let text, _), .published(let text, _): text
            }
        }

        var contentType: String {
            switch self {
            case .object, .indentedJSON: "application/json"
            case .text(_, let type), .published(_, let type): type
            case .discovery: APIServerRead.aggregatedDiscoveryType
            }
        }

        /// The headers its handler adds besides the type and caching: aggregated discovery's
        /// entity tag, and that the answer depends on what the client accepts.
        var otherHeaders: [String] {
            guard case .discovery(let list) = self else { return [] }
            return ["Etag: \"\(APIServerRead.discoveryETag(list))\"", "Vary: Accept"]
        }

        /// The `Cache-Control` the handler leaves on the response.
        var cacheControl: String {
            if case .published = self { return "public, max-age=3600" }
            if case .discovery = self { return "public" }
            return "no-cache, private"
        }
    }

    let cluster: Cluster
    /// Who asks; nil is the admin.
    let user: UserInfo?
    /// What RBAC checks a non-resource request for: `get`, or `head` for a HEAD.
    var nonResourceVerb = "get"

    /// The answer to `GET path?query`.
    func get(_ path: String, query: String) throws(APIStatus) -> Body {
        try authorize(path)
        if let document = openIDDocument(path) { return document }
        let segments = path.split(separator: "/").map(String.init)
        switch segments.first {
        case nil:
            return .indentedJSON(["paths": .array(rootPaths().map(JSONValue.string))])
        case let endpoint? where APIServerHealthChecks.checks(of: endpoint) != nil:
            let check = segments.count > 1 ? segments.dropFirst().joined(separator: "/") : nil
            guard let body = HealthCheckQuery(query).body(endpoint: endpoint, check: check) else { throw .notFound }
            return .text(body, contentType: "text/plain; charset=utf-8")
        case "version" where segments.count == 1:
            return .indentedJSON(Version.info(cluster.settings.kubernetesVersion, cluster.settings.release))
        case "openapi":
            return .text(try openAPI(Array(segments.dropFirst())), contentType: "application/json")
        case "api" where segments.count == 1:
            return .object(apiVersions())
        case "apis" where segments.count == 1:
            return .object(apiGroups())
        case "api" where segments.count == 2, "apis" where segments.count == 3:
            guard let list = cluster.apiResourceList(groupVersion: segments.dropFirst().joined(separator: "/")) else { throw .notFound }
            return .object(list)
        case "apis" where segments.count == 2:
            guard let group = apiGroups()["groups"].array.first(where: { $0["name"].string == segments[1] }) else { throw .notFound }
            return .object(["kind": "APIGroup", "apiVersion": "v1", "name": group["name"], "versions": group["versions"], "preferredVersion": group["preferredVersion"]])
        case "api", "apis":
            return .object(try resource(segments))
        default:
            throw .notFound
        }
    }

    /// `/openapi/v2`, `/openapi/v3` and a group/version's `/openapi/v3/api/v1`: written by
    /// `json.Marshal`, so without a closing newline. A `?hash=` that is out of date only
    /// redirects to the current document, which the client follows.
    private func openAPI(_ segments: [String]) throws(APIStatus) -> String {
        switch (segments.first, segments.count) {
        case ("v2", 1): return cluster.openAPIV2Document()
        case ("v3", 1): return cluster.openAPIV3Index()
        case ("v3", _):
            guard let document = cluster.openAPIV3Document(path: segments.dropFirst().joined(separator: "/")) else {
                throw .notFound
            }
            return document
        default: throw .notFound
        }
    }

    /// Non-resource URLs need RBAC's verb (the request's method, lower-cased) on the path, as
    /// every user has `get` for these.
    private func authorize(_ path: String) throws(APIStatus) {
        guard !path.hasPrefix("/api/") && !path.hasPrefix("/apis/") else { return }
        guard !cluster.isAllowed(verb: nonResourceVerb, path: path, as: user) else { return }
        let who = user?.name ?? "kubernetes-admin"
        let message = "forbidden: User \"\(who)\" cannot \(nonResourceVerb) path \"\(path)\""
        throw APIStatus(error: APIError(reason: "Forbidden", message: message, code: 403))
    }

    /// `/`: every path the apiserver lists, sorted: the API groups and their versions, the
    /// health endpoints and each of their checks, and its other endpoints.
    private func rootPaths() -> [String] {
        var paths = [
            "/.well-known/openid-configuration", "/api", "/api/v1", "/apis", "/apis/", "/logs", "/metrics", "/metrics/slis",
            "/openapi/v2", "/openapi/v3", "/openapi/v3/", "/openid/v1/jwks", "/version",
        ]
        for group in apiGroups()["groups"].array {
            paths.append("/apis/" + (group["name"].string ?? ""))
            paths += group["versions"].array.map { "/apis/" + ($0["groupVersion"].string ?? "") }
        }
        for endpoint in ["healthz", "livez", "readyz"] {
            paths.append("/" + endpoint)
            paths += (APIServerHealthChecks.checks(of: endpoint) ?? []).map { "/\(endpoint)/\($0)" }
        }
        return paths.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    /// `/api`: the core group's versions and where clients reach the apiserver.
    private func apiVersions() -> JSONValue {
        let apiserver = cluster.list(.pods, namespace: "kube-system").first { $0.labels["component"] == "kube-apiserver" }
        let endpoint = apiserver?.annotations["kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint"] ?? ""
        return [
            "kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": .string(endpoint)]],
        ]
    }

    /// `/apis`: each group with its versions, preferred first, in discovery's order.
    func apiGroups() -> JSONValue {
        var groups: OrderedDictionary<String, [String]> = [:]
        for type in cluster.servedResources where !type.group.isEmpty {
            if !(groups[type.group]?.contains(type.apiVersion) ?? false) { groups[type.group, default: []].append(type.apiVersion) }
        }
        for version in cluster.servedGroupVersions where version.contains("/") {
            let group = String(version.prefix { $0 != "/" })
            if !(groups[group]?.contains(version) ?? false) { groups[group, default: []].append(version) }
        }
        func entry(_ groupVersion: String) -> JSONValue {
            ["groupVersion": .string(groupVersion), "version": .string(String(groupVersion.drop { $0 != "/" }.dropFirst()))]
        }
        return [
            "kind": "APIGroupList", "apiVersion": "v1",
            "groups": .array(groups.map { group, versions in
                ["name": .string(group), "versions": .array(versions.map(entry)), "preferredVersion": entry(versions[0])]
            }),
        ]
    }

    /// A resource request's parts: `/api/v1/[namespaces/NS/]PLURAL[/NAME]` and
    /// `/apis/GROUP/VERSION/...`; nil for a path shorter than a collection's.
    struct ResourcePath {
        var apiVersion: String
        var namespace: String?
        /// The plural, then the name when there is one; more segments are a path nothing serves.
        var rest: [String]

        init?(_ segments: [String]) {
            let core = segments.first == "api"
            guard segments.count >= (core ? 3 : 4) else { return nil }
            apiVersion = core ? segments[1] : segments[1] + "/" + segments[2]
            rest = Array(segments.dropFirst(core ? 2 : 3))
            // A namespace's own subresources (`namespaces/NAME/status`, `.../finalize`) are no
            // resource inside it, as the apiserver's request info reads them.
            if rest.count >= 3, rest[0] == "namespaces", !["status", "finalize"].contains(rest[2]) {
                namespace = rest[1]
                rest.removeFirst(2)
            }
        }

        var name: String { rest.count == 2 ? rest[1] : "" }
        var verb: String { name.isEmpty ? "list" : "get" }
        var group: String { apiVersion.contains("/") ? String(apiVersion.prefix { $0 != "/" }) : "" }
    }

    /// How API Priority and Fairness sees a GET of `path`.
    static func flowRequest(_ path: String) -> FlowRequest {
        let segments = path.split(separator: "/").map(String.init)
        guard ["api", "apis"].contains(segments.first), let resource = ResourcePath(segments) else { return .path(path) }
        return .resource(verb: resource.verb, group: resource.group, resource: resource.rest[0], namespace: resource.namespace ?? "")
    }

    /// A list or one object.
    private func resource(_ segments: [String]) throws(APIStatus) -> JSONValue {
        guard let path = ResourcePath(segments), path.rest.count <= 2, let type = Self.resourceType(of: path, in: cluster) else {
            throw .notFound
        }
        let (namespace, name) = (path.namespace, path.name)
        do throws(APIError) {
            if !name.isEmpty {
                try cluster.authorize(AccessRequest(verb: "get", type, namespace: namespace, name: name), as: user)
                return Self.served(try cluster.get(type, namespace: namespace, name: name), type: type, inList: false, cluster: cluster)
            }
            try cluster.authorize(AccessRequest(verb: "list", type, namespace: namespace), as: user)
            return Self.listed(cluster.list(type, namespace: namespace), type: type, cluster: cluster)
        } catch {
            throw APIStatus(error: error, name: name, group: type.group, resource: type.plural)
        }
    }

    /// The resource a path names, served in its version, and under a namespace only if namespaced.
    static func resourceType(of path: ResourcePath, in cluster: Cluster) -> ResourceType? {
        let types = cluster.servedResources + ResourceType.otherVersions
        guard let type = types.first(where: { $0.apiVersion == path.apiVersion && $0.plural == path.rest[0] }),
            path.namespace == nil || type.namespaced
        else { return nil }
        return type
    }

    /// A list of objects as the apiserver encodes it, at the store's latest resource version.
    static func listed(_ items: [KubeObject], type: ResourceType, cluster: Cluster) -> JSONValue {
        [
            "kind": .string(type.kind + "List"), "apiVersion": .string(type.apiVersion),
            "metadata": ["resourceVersion": .string(String(cluster.latestResourceVersion))],
            "items": .array(items.map { served($0, type: type, inList: true, cluster: cluster) }),
        ]
    }

    /// An object as the apiserver encodes it, with its managed fields: in its Go type's field
    /// order where the type is known, keys sorted otherwise; list items carry no kind or apiVersion.
    static func served(_ object: KubeObject, type: ResourceType, inList: Bool, cluster: Cluster) -> JSONValue {
        var value = cluster.withManagedFields(object).value
        if inList {
            value["kind"] = .null
            value["apiVersion"] = .null
        }
        return encoded(value, type: type)
    }

    /// An object as the serializer writes its kind: in its Go struct's field order where known.
    static func encoded(_ value: JSONValue, type: ResourceType) -> JSONValue {
        GoTypedJSON.typeName(of: type).map { GoTypedJSON.encode(value, as: $0) } ?? value.sortedKeys
    }
}
