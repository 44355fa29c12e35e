/// Remote bases and resources (`https://...`, `github.com/...`, `git@...`): kustomize would fetch
/// them over HTTP or git. The lab has no network, so the fetch fails as a lookup with no answer.
enum KustomizeRemote {
    static func isRemote(_ path: String) -> Bool {
        path.contains("://") || path.hasPrefix("git@") || remoteHosts.contains { path.hasPrefix($0 + "/") }
    }

    private static let remoteHosts = ["github.com", "gitlab.com", "bitbucket.org"]

    /// The failure, worded as kustomize's with the reason in the lab's words.
    static func refusal(_ path: String, nested: Bool) -> KustomizeError {
        let reason = "the lab is offline: remote kustomizations and resources cannot be fetched"
        guard nested else { return KustomizeError("\(reason) (\(path))") }
        return KustomizeError("accumulation err='accumulating resources from '\(path)': \(reason)'")
    }
}
