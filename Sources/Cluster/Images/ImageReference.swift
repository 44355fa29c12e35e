/// An image name as a container runtime resolves it: `nginx` is `docker.io/library/nginx:latest`.
public struct ImageReference: Sendable, Hashable {
    /// The registry host, `docker.io` when the name has none.
    public var registry: String
    /// The repository path inside the registry (`library/nginx`).
    public var path: String
    /// The tag, `latest` when the name has none (a digest reference keeps its digest here).
    public var tag: String

    /// Parses `name[:tag][@digest]` by the Docker reference rules containerd applies.
    public init(_ image: String) {
        var name = image
        var tag = "latest"
        if let at = name.firstIndex(of: "@") {
            tag = String(name[name.index(after: at)...])
            name = String(name[..<at])
        } else if let colon = name.lastIndex(of: ":"), !name[colon...].contains("/") {
            tag = String(name[name.index(after: colon)...])
            name = String(name[..<colon])
        }
        let parts = name.split(separator: "/", maxSplits: 1).map(String.init)
        if parts.count == 2, parts[0].contains(".") || parts[0].contains(":") || parts[0] == "localhost" {
            registry = parts[0]
            path = parts[1]
        } else {
            registry = "docker.io"
            path = parts.count == 1 ? "library/\(name)" : name
        }
        self.tag = tag
    }

    /// The repository with its registry (`docker.io/library/nginx`).
    public var repository: String { "\(registry)/\(path)" }

    /// The fully qualified reference (`docker.io/library/nginx:latest`).
    public var canonical: String { tag.contains(":") ? "\(repository)@\(tag)" : "\(repository):\(tag)" }
}
