import KubeAPI

/// What the kubelet works out from an image's name alone: how the runtime resolves it, the digest
/// it reports and the catalog's entry. Every start of a container reads them, and a Deployment's
/// pods all name the same image; a class, so that reading them copies no catalog entry.
final class KubeletImageFacts {
    /// The fully qualified name (`docker.io/library/nginx:latest`).
    let canonical: String
    /// The digest reference the runtime reports for it (`PodStatusWriter.imageID`).
    let imageID: String
    /// The catalog's entry; nil when the catalog has no such repository or tag, or none is loaded.
    let entry: ImageCatalog.Image?
    /// The entry's compressed size, 0 without an entry.
    let sizeBytes: Int64

    init(image: String, catalog: ImageCatalog) {
        canonical = ImageReference(image).canonical
        imageID = PodStatusWriter.imageID(canonical)
        if case .found(let found) = catalog.lookup(image) { entry = found } else { entry = nil }
        sizeBytes = entry?.sizeBytes ?? 0
    }
}

extension Cluster {
    /// The facts of the image named `image`, worked out on first use (the catalog never changes).
    func imageFacts(_ image: String) -> KubeletImageFacts {
        if let known = kubeletMemo.images[image] { return known }
        let facts = KubeletImageFacts(image: image, catalog: runtime.images)
        kubeletMemo.images[image] = facts
        return facts
    }
}
