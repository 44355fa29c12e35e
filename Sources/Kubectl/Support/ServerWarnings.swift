import Cluster
import KubeAPI

/// The apiserver's `Warning` headers (deprecated kinds) as kubectl's warning handler prints them:
/// on stderr, each text once however many requests carried it.
enum ServerWarnings {
    static func print(for types: [ResourceType], _ cluster: Cluster, _ io: IOStreams) {
        var warned: Set<String> = []
        for type in types {
            if let warning = cluster.warning(for: type), warned.insert(warning).inserted {
                io.err("Warning: \(warning)\n")
            }
        }
    }
}
