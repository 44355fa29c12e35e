/// A request for the `proxy` subresource of a pod, a Service or a node:
/// `/api/v1/namespaces/NS/pods/ID/proxy[/PATH]`, `.../services/ID/proxy[/PATH]` or
/// `/api/v1/nodes/ID/proxy[/PATH]`, where ID is `NAME`, `NAME:PORT` or `SCHEME:NAME:PORT`.
struct ProxySubresource: Equatable {
    /// `pods`, `services` or `nodes`.
    var resource: String
    /// Empty for a node.
    var namespace: String
    /// The name as the request gives it, port and scheme included (RBAC's resource name).
    var id: String
    /// The path the target is asked for, as the connect handler hands it to the proxy: what
    /// follows `proxy`, with a leading slash, and a trailing one when the request had one.
    var subpath: String

    init?(path: String) {
        // The request info's parts: the path split on `/` once its outer slashes are trimmed.
        var parts = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while parts.first == "" { parts.removeFirst() }
        while parts.last == "" { parts.removeLast() }
        guard parts.count >= 5, parts[0] == "api", parts[1] == "v1" else { return nil }
        if parts[2] == "nodes" {
            guard parts[4] == "proxy", !parts[3].isEmpty else { return nil }
            parts.insert(contentsOf: ["", ""], at: 2)
        } else {
            guard parts.count >= 7, parts[2] == "namespaces", ["pods", "services"].contains(parts[4]), parts[6] == "proxy",
                !parts[5].isEmpty
            else { return nil }
        }
        namespace = parts[3]
        resource = parts[4]
        id = parts[5]
        var subpath = parts.dropFirst(7).joined(separator: "/")
        if !subpath.isEmpty && !subpath.hasPrefix("/") { subpath = "/" + subpath }
        if path.hasSuffix("/") && !subpath.hasSuffix("/") { subpath += "/" }
        self.subpath = subpath
    }

    /// The id's scheme, name and port (`utilnet.SplitSchemeNamePort`); nil when it has more
    /// than three parts, no name, or a scheme other than http and https.
    static func split(_ id: String) -> (scheme: String, name: String, port: String)? {
        let parts = id.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        let split: (scheme: String, name: String, port: String)
        switch parts.count {
        case 1: split = ("", parts[0], "")
        case 2: split = ("", parts[0], parts[1])
        case 3: split = (parts[0], parts[1], parts[2])
        default: return nil
        }
        guard !split.name.isEmpty, ["", "http", "https"].contains(split.scheme) else { return nil }
        return split
    }
}
