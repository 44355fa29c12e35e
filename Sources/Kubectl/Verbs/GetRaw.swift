import Cluster
import KubeAPI
import OrderedCollections

/// `kubectl get --raw PATH`: a GET of an apiserver path, its body copied out as the server sent
/// it: health checks answer `ok`, `/version` indented JSON, the OpenAPI documents compact JSON
/// without a closing newline, everything else compact JSON with one, typed objects in their Go
/// struct's field order.
enum GetRaw {
    static func run(_ raw: String, _ context: VerbContext) throws(KubectlFailure) -> Int32 {
        let flags = context.flags
        if !flags.positionals.isEmpty { throw .error("arguments may not be passed when --raw is specified") }
        if flags.bool("watch") || flags.bool("watch-only") || !(flags.string("selector") ?? "").isEmpty {
            throw .error("--raw may not be specified with other flags that filter the server request or alter the output")
        }
        if !(flags.string("output") ?? "").isEmpty { throw .error("--raw and --output are mutually exclusive") }
        guard raw.hasPrefix("/") else { throw .error("--raw must be a valid URL path: parse \(GoSyntax.quoted(raw)): invalid URI for request") }
        let cluster = try context.cluster
        let path = String(raw.prefix { $0 != "?" })
        let query = raw.contains("?") ? String(raw.drop { $0 != "?" }.dropFirst()) : ""
        try authorize(path, context)
        let segments = path.split(separator: "/").map(String.init)
        switch segments.first {
        case let endpoint? where APIServerHealthChecks.checks(of: endpoint) != nil:
            let check = segments.count > 1 ? segments.dropFirst().joined(separator: "/") : nil
            guard let body = HealthCheckQuery(query).body(endpoint: endpoint, check: check) else { throw notFound }
            context.io.out(body)
        case "version" where segments.count == 1:
            context.io.out(JSONPrinter.print(Version.info(cluster.settings.kubernetesVersion, cluster.settings.release), unit: "  "))
        case "openapi":
            context.io.out(try openAPI(Array(segments.dropFirst()), cluster: cluster))
        case "api" where segments.count == 1:
            context.io.out(GoJSON.marshal(apiVersions(cluster)) + "\n")
        case "apis" where segments.count == 1:
            context.io.out(GoJSON.marshal(apiGroups(cluster)) + "\n")
        case "api", "apis":
            context.io.out(GoJSON.marshal(try resource(segments, cluster: cluster, context: context)) + "\n")
        default:
            throw notFound
        }
        return 0
    }

    /// `/openapi/v2`, `/openapi/v3` and a group/version's `/openapi/v3/api/v1`: written by
    /// `json.Marshal`, so without a closing newline. A `?hash=` that is out of date only
    /// redirects to the current document, which the client follows.
    private static func openAPI(_ segments: [String], cluster: Cluster) throws(KubectlFailure) -> String {
        switch (segments.first, segments.count) {
        case ("v2", 1): return cluster.openAPIV2Document()
        case ("v3", 1): return cluster.openAPIV3Index()
        case ("v3", _):
            guard let document = cluster.openAPIV3Document(path: segments.dropFirst().joined(separator: "/")) else { throw notFound }
            return document
        default: throw notFound
        }
    }

    /// A path nothing serves: the apiserver's plain-text 404, as client-go words it.
    static let notFound = KubectlFailure("Error from server (NotFound): the server could not find the requested resource")

    /// Non-resource URLs need RBAC's `get` on the path, as every user has for these.
    private static func authorize(_ path: String, _ context: VerbContext) throws(KubectlFailure) {
        guard !path.hasPrefix("/api/") && !path.hasPrefix("/apis/") else { return }
        guard try context.cluster.isAllowed(verb: "get", path: path, as: context.user) else {
            throw KubectlFailure("Error from server (Forbidden): forbidden: User \"\(context.user?.name ?? "kubernetes-admin")\" cannot get path \"\(path)\"")
        }
    }

    /// `/api`: the core group's versions and where clients reach the apiserver.
    private static func apiVersions(_ cluster: Cluster) -> JSONValue {
        let apiserver = cluster.list(.pods, namespace: "kube-system").first { $0.labels["component"] == "kube-apiserver" }
        let endpoint = apiserver?.annotations["kubeadm.kubernetes.io/kube-apiserver.advertise-address.endpoint"] ?? ""
        return [
            "kind": "APIVersions", "versions": ["v1"],
            "serverAddressByClientCIDRs": [["clientCIDR": "0.0.0.0/0", "serverAddress": .string(endpoint)]],
        ]
    }

    /// `/apis`: each group with its versions, preferred first, in discovery's order.
    private static func apiGroups(_ cluster: Cluster) -> JSONValue {
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

    /// `/api/v1/[namespaces/NS/]PLURAL[/NAME]` and `/apis/GROUP/VERSION/...`: a list or one object.
    private static func resource(_ segments: [String], cluster: Cluster, context: VerbContext) throws(KubectlFailure) -> JSONValue {
        let core = segments[0] == "api"
        guard segments.count >= (core ? 3 : 4) else {
            throw .error("\"kubectl get --raw\" of a discovery document is not part of this lab yet; try kubectl api-resources")
        }
        let apiVersion = core ? segments[1] : segments[1] + "/" + segments[2]
        var rest = Array(segments.dropFirst(core ? 2 : 3))
        var namespace: String?
        if rest.count >= 3, rest[0] == "namespaces" {
            namespace = rest[1]
            rest.removeFirst(2)
        }
        let types = cluster.servedResources + ResourceType.otherVersions
        guard rest.count <= 2, let type = types.first(where: { $0.apiVersion == apiVersion && $0.plural == rest[0] }),
            namespace == nil || type.namespaced
        else { throw notFound }
        do throws(APIError) {
            if rest.count == 2 {
                try cluster.authorize(AccessRequest(verb: "get", type, namespace: namespace, name: rest[1]), as: context.user)
                return served(try cluster.get(type, namespace: namespace, name: rest[1]), type: type, inList: false)
            }
            try cluster.authorize(AccessRequest(verb: "list", type, namespace: namespace), as: context.user)
            let items = cluster.list(type, namespace: namespace)
            return [
                "kind": .string(type.kind + "List"), "apiVersion": .string(type.apiVersion),
                "metadata": ["resourceVersion": .string(String(cluster.latestResourceVersion))],
                "items": .array(items.map { served($0, type: type, inList: true) }),
            ]
        } catch {
            throw .server(error)
        }
    }

    /// An object as the apiserver encodes it: in its Go type's field order where the type is
    /// known, keys sorted otherwise; list items carry no kind or apiVersion.
    private static func served(_ object: KubeObject, type: ResourceType, inList: Bool) -> JSONValue {
        var value = object.value
        if inList {
            value["kind"] = .null
            value["apiVersion"] = .null
        }
        return GoTypedJSON.typeName(of: type).map { GoTypedJSON.encode(value, as: $0) } ?? value.sortedKeys
    }
}
