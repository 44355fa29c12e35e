import KubeAPI

extension Cluster {
    /// The images a node's containerd holds, as fully qualified references, sorted.
    public func images(on node: String) -> [String] {
        (nodeImages[node] ?? []).sorted()
    }

    /// The size the registry gives for `image`, nil when the catalog does not know it.
    public func imageSize(_ image: String) -> Int64? {
        guard case .found(let entry) = runtime.images.lookup(image) else { return nil }
        return entry.sizeBytes
    }

    /// A stable, made-up 64-digit hex ID the container runtime would give `name` (an image's
    /// config digest, a pod sandbox ID): the same name always gets the same ID.
    public static func runtimeID(of name: String) -> String {
        String(decoding: ChainedFNVDigest.hexDigits(of: name, rounds: 4), as: UTF8.self)
    }
}
