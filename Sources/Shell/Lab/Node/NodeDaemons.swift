import Cluster

/// The HTTP servers a node runs on its own loopback, 127.0.0.1.
///
/// kube-proxy's metrics server (10249, whose `/proxyMode` names the mode it runs in, with the
/// `healthz.InstallHandler` ping at `/healthz`) and the kubelet's healthz (10248). Both are Go
/// servers, so any other path is `http.NotFound`; kube-proxy's `/metrics` is not modelled.
struct NodeDaemons {
    let cluster: Cluster
    let node: String

    /// What answers a request target on `port`, or nil when nothing listens there.
    func listener(port: Int) -> ((String) -> HTTPResponse)? {
        switch port {
        case 10249:
            guard let configuration = cluster.kubeProxyConfiguration(on: node) else { return nil }
            return { target in
                switch Self.path(of: target) {
                case "/proxyMode": plain(configuration.mode)
                case "/healthz": plain("ok")
                default: notFound
                }
            }
        case 10248 where !cluster.isKubeletStopped(node):
            return { target in Self.path(of: target) == "/healthz" ? plain("ok") : notFound }
        default:
            return nil
        }
    }

    /// A target's path: Go's mux matches it without the query.
    private static func path(of target: String) -> Substring {
        target.prefix { $0 != "?" }
    }

    /// A handler's text: its own two headers, then the Date and Content-Length net/http adds.
    private func plain(_ body: String, status: Int = 200) -> HTTPResponse {
        HTTPResponse(
            status: status,
            headers: [
                "Content-Type: text/plain; charset=utf-8", "X-Content-Type-Options: nosniff",
                "Date: \(cluster.httpDate)",
                "Content-Length: \(body.utf8.count)",
            ],
            body: body)
    }

    private var notFound: HTTPResponse { plain("404 page not found\n", status: 404) }
}
