/// What kubectl prints when nothing listens at the kubeconfig's server.
enum ServerConnection {
    /// `StandardErrorMessage` for a refused connection names the host and port of the server URL.
    static func refused(server: String) -> KubectlFailure {
        let parts = server.split(separator: "/", omittingEmptySubsequences: true)
        let host = server.contains("://") && parts.count > 1 ? parts[1] : parts.first ?? ""
        return KubectlFailure(
            "The connection to the server \(host) was refused - did you specify the right host or port?")
    }
}
