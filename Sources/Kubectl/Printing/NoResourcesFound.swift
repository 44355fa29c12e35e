import KubeAPI

/// What `kubectl get` (and `describe`) print on stderr when nothing at all was printed.
public enum NoResourcesFound {
    /// The message, ending with a newline.
    ///
    /// `No resources found in <ns> namespace.` when every requested kind is namespaced and `-A`
    /// was not given; `No resources found` otherwise.
    public static func message(types: [ResourceType], namespace: String, allNamespaces: Bool) -> String {
        let allNamespaced = !allNamespaces && types.allSatisfy(\.namespaced)
        return allNamespaced ? "No resources found in \(namespace) namespace.\n" : "No resources found\n"
    }
}
