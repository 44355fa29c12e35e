import Cluster
import KubeAPI

/// What the client trusts when it connects: nothing checked (`insecure-skip-tls-verify`), the
/// system's roots (no authority configured), or the certificates of the cluster's authority.
enum TLSTrust {
    case skipVerify
    case systemRoots
    case roots([X509Certificate])
}

extension Kubectl {
    /// client-go's `rootCertPool`: the authority's data, else its file, read as PEM; each
    /// `CERTIFICATE` block that parses is a root. Data with none is refused as client-go words it.
    func tlsTrust(of cluster: Kubeconfig.Entry) throws(KubectlFailure) -> TLSTrust {
        if case .bool(true)? = cluster.fields["insecure-skip-tls-verify"] { return .skipVerify }
        let path = cluster[string: "certificate-authority"]
        let data =
            cluster.hasData("certificate-authority-data")
            ? String(decoding: cluster.bytes("certificate-authority-data"), as: UTF8.self)
            : path.isEmpty ? "" : kubeconfig.storage?.read(path) ?? ""
        if data.isEmpty { return .systemRoots }
        if let last = lastRoots, last.data == data { return .roots(last.roots) }
        let blocks = PEM.typedBlocks(in: data).filter { $0.type == "CERTIFICATE" }
        let roots = blocks.compactMap { X509Certificate(der: $0.der) }
        guard roots.isEmpty else {
            lastRoots = (data, roots)
            return .roots(roots)
        }
        let reason =
            blocks.isEmpty
            ? PEM.typedBlocks(in: data).isEmpty
                ? "unable to parse bytes as PEM block" : "no valid certificate authority data seen"
            : "failed to parse certificate: x509: malformed certificate"
        throw .error("unable to load root certificates: " + reason)
    }

    /// Go's error for the lab apiserver's certificate as a client trusting `trust` sees it when it
    /// connects to `server` asking for `serverName` (empty: the server's host); nil when it
    /// verifies, or the server is not the lab's.
    func serverCertificateFailure(server: String, serverName: String, trust: TLSTrust) -> String? {
        guard server == cluster.settings.server, server.hasPrefix("https://") else { return nil }
        let roots: [X509Certificate]?
        switch trust {
        case .skipVerify: return nil
        case .systemRoots: roots = nil
        case .roots(let certificates): roots = certificates
        }
        let name = serverName.isEmpty ? Cluster.host(ofServer: server) ?? "" : serverName
        return ServerCertificateCheck.failure(of: cluster.apiServerCertificate, serverName: name, roots: roots)
    }
}
