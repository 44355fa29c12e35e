import KubeAPI
import OrderedCollections

extension ImageCatalog.Image {
    /// The image config's environment as its `tag` carries it: each `{NAME}` is the tag's value
    /// of that name (`perTag`), and a variable naming a value the tag does not give is left out.
    public func environment(tag: String) -> [(name: String, value: String)] {
        let values = perTag[tag] ?? [:]
        return env.compactMap { variable in
            guard let filled = Cluster.fill(variable, values), let equals = filled.firstIndex(of: "=") else { return nil }
            return (String(filled[..<equals]), String(filled[filled.index(after: equals)...]))
        }
    }
}

extension Cluster {
    /// The environment a container's process starts with, as containerd builds it: the image
    /// config's `Env` first, then the kubelet's variables, which replace those of the same name.
    func runtimeEnvironment(
        of container: JSONValue, kubelet variables: OrderedDictionary<String, String>
    ) -> OrderedDictionary<String, String> {
        let image = container["image"].string ?? ""
        guard case .found(let entry) = runtime.images.lookup(image) else { return variables }
        var merged: OrderedDictionary<String, String> = [:]
        for (name, value) in entry.environment(tag: ImageReference(image).tag) { merged[name] = value }
        for (name, value) in variables { merged[name] = value }
        return merged
    }
}
