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
        // Every start of a container parses its image several times: an ASCII name is split as
        // bytes, which for ASCII gives the parts the characters give.
        if image.utf8.allSatisfy({ $0 < 0x80 }) { self.init(ascii: image) } else { self.init(characters: image) }
    }

    private init(characters image: String) {
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

    /// `init(_:)` over the bytes of an ASCII name: the same separators, the same empty parts dropped.
    private init(ascii image: String) {
        let utf8 = image.utf8
        var nameEnd = utf8.endIndex
        var tag = "latest"
        if let at = utf8.firstIndex(of: UInt8(ascii: "@")) {
            tag = String(image[utf8.index(after: at)...])
            nameEnd = at
        } else if let colon = utf8.lastIndex(of: UInt8(ascii: ":")), !utf8[colon...].contains(UInt8(ascii: "/")) {
            tag = String(image[utf8.index(after: colon)...])
            nameEnd = colon
        }
        let name = image[..<nameEnd]
        let parts = name.utf8.split(separator: UInt8(ascii: "/"), maxSplits: 1)
        let first = parts.first.map { name[$0.startIndex..<$0.endIndex] }
        if parts.count == 2, let first,
            first.utf8.contains(UInt8(ascii: ".")) || first.utf8.contains(UInt8(ascii: ":")) || first == "localhost"
        {
            registry = String(first)
            path = String(name[parts[1].startIndex..<parts[1].endIndex])
        } else {
            registry = "docker.io"
            path = parts.count == 1 ? "library/" + name : String(name)
        }
        self.tag = tag
    }

    /// The repository with its registry (`docker.io/library/nginx`).
    public var repository: String { "\(registry)/\(path)" }

    /// The fully qualified reference (`docker.io/library/nginx:latest`).
    public var canonical: String { tag.contains(":") ? "\(repository)@\(tag)" : "\(repository):\(tag)" }
}
