import Cluster
import KubeAPI

/// Aggregated discovery (`apidiscovery.k8s.io/v2`), what `/api` and `/apis` answer a client
/// that accepts an `APIGroupDiscoveryList`: every group with each version's resources, their
/// subresources nested under them, as the endpoint installer converts a group version's
/// resource list (`ConvertGroupVersionIntoToDiscovery`).
extension APIServerRead {
    /// The media type a client asks for and the answer says it is.
    static let aggregatedDiscoveryType = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"

    /// The core group (`/api`) or the named groups in discovery's order (`/apis`).
    func aggregatedDiscovery(core: Bool) -> JSONValue {
        var items: [JSONValue] = []
        if core {
            items.append(group("", versions: ["v1"]))
        } else {
            for entry in apiGroups()["groups"].array {
                let versions = entry["versions"].array.compactMap { $0["groupVersion"].string }
                items.append(group(entry["name"].string ?? "", versions: versions))
            }
        }
        return ["kind": "APIGroupDiscoveryList", "apiVersion": "apidiscovery.k8s.io/v2", "metadata": [:], "items": .array(items)]
    }

    /// The `ETag` the discovery handler sets: the SHA-512 of the list as `json.Marshal` writes
    /// it before the serializer names its kind, in upper-case hex.
    static func discoveryETag(_ list: JSONValue) -> String {
        var unnamed = list
        unnamed["kind"] = .null
        unnamed["apiVersion"] = .null
        return SHA512.hexDigest(GoJSON.marshal(unnamed))
    }

    private func group(_ name: String, versions: [String]) -> JSONValue {
        // A zero metav1.Time marshals as null, omitempty or not.
        let metadata: JSONValue = name.isEmpty ? ["creationTimestamp": .null] : ["name": .string(name), "creationTimestamp": .null]
        let published = versions.map { groupVersion -> JSONValue in
            let version = groupVersion.contains("/") ? String(groupVersion.drop { $0 != "/" }.dropFirst()) : groupVersion
            var entry: JSONValue = ["version": .string(version)]
            let resources = resources(of: groupVersion)
            if !resources.isEmpty { entry["resources"] = .array(resources) }
            entry["freshness"] = "Current"
            return entry
        }
        return ["metadata": metadata, "versions": .array(published)]
    }

    /// A group version's resources, each with its subresources. The apiextensions server
    /// publishes its custom kinds itself, naming their group and version in each kind.
    private func resources(of groupVersion: String) -> [JSONValue] {
        let list = cluster.apiResourceList(groupVersion: groupVersion)?["resources"].array ?? []
        let custom = cluster.customResourceTypes.contains { $0.apiVersion == groupVersion }
        let (group, version) =
            groupVersion.contains("/")
            ? (String(groupVersion.prefix { $0 != "/" }), String(groupVersion.drop { $0 != "/" }.dropFirst())) : ("", groupVersion)
        func kind(_ entry: JSONValue) -> JSONValue {
            let own = custom && entry["group"].isNull
            return [
                "group": .string(entry["group"].string ?? (own ? group : "")),
                "version": .string(entry["version"].string ?? (own ? version : "")), "kind": entry["kind"],
            ]
        }
        var resources: [JSONValue] = []
        var positions: [String: Int] = [:]
        for entry in list {
            guard let name = entry["name"].string, !name.contains("/") else { continue }
            var resource: JSONValue = [
                "resource": .string(name), "responseKind": kind(entry),
                "scope": entry["namespaced"].bool == true ? "Namespaced" : "Cluster",
                "singularResource": entry["singularName"], "verbs": entry["verbs"],
            ]
            if !entry["shortNames"].isNull { resource["shortNames"] = entry["shortNames"] }
            if !entry["categories"].isNull { resource["categories"] = entry["categories"] }
            positions[name] = resources.count
            resources.append(resource)
        }
        for entry in list {
            guard let name = entry["name"].string, let slash = name.firstIndex(of: "/"),
                let position = positions[String(name[..<slash])]
            else { continue }
            var subresource: JSONValue = ["subresource": .string(String(name[name.index(after: slash)...]))]
            subresource["responseKind"] = kind(entry)
            if custom, entry["kind"] == "Scale" { subresource["acceptedTypes"] = [kind(entry)] }
            subresource["verbs"] = entry["verbs"]
            var subresources = resources[position]["subresources"].array
            subresources.append(subresource)
            resources[position]["subresources"] = .array(subresources)
        }
        return resources
    }
}
