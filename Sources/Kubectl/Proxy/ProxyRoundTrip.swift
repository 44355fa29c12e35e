import Cluster
import KubeAPI

/// What the apiserver's handler for a pod's, a Service's or a node's `proxy` subresource answers:
/// it authorizes the request, finds the target (`ProxyLocation`), and hands the request to
/// apimachinery's upgrade-aware proxy, which redirects a bare `.../proxy` to `.../proxy/` and
/// otherwise sends it from the control-plane node to the target through its rewriting transport.
struct ProxyRoundTrip {
    /// The answer, before the apiserver's own headers are added.
    enum Answer: Equatable {
        /// The target's response as the transport and the reverse proxy pass it on; `lengthKnown`
        /// when the reverse proxy knows the body's length (a `Content-Length`, or a rewritten page).
        case response(HTTPResponse, lengthKnown: Bool)
        /// 301 to this location.
        case redirect(String)
        case failure(APIStatus)
        /// A target URL that `url.Parse` refuses (a pod port that is not a number) makes
        /// `normalizeLocation` dereference nil, and the panic filter panics on.
        case panicked
    }

    let cluster: Cluster
    /// Who asks; nil is the admin.
    let user: UserInfo?
    /// The `Host` the request came with (kubectl sends the server's host for every request).
    let host: String
    /// Each server's files, as its container holds them now.
    var files: ServedFiles?

    /// The answer to `METHOD path?query`, or nil when `path` is not a proxy subresource.
    func answer(method: String, path: String, query: String) -> Answer? {
        guard let request = ProxySubresource(path: path) else { return nil }
        do throws(APIStatus) {
            return try answer(request, method: method, path: path, query: query)
        } catch {
            return .failure(error)
        }
    }

    private func answer(_ request: ProxySubresource, method: String, path: String, query: String) throws(APIStatus) -> Answer {
        do throws(APIError) {
            let access = AccessRequest(
                verb: "get", resource: request.resource, subresource: "proxy", namespace: request.namespace, name: request.id)
            try cluster.authorize(access, as: user)
        } catch {
            throw APIStatus(error: error, name: request.id, resource: request.resource)
        }
        let location: ProxyLocation
        switch request.resource {
        case "pods": location = try ProxyLocation.pod(request.id, namespace: request.namespace, in: cluster)
        case "services": location = try ProxyLocation.service(request.id, namespace: request.namespace, in: cluster)
        default: location = try ProxyLocation.node(request.id, in: cluster)
        }
        if let port = location.port, !port.utf8.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) { return .panicked }
        let targetPath = GoPath.joinPreservingTrailingSlash("", request.subpath)
        var sentPath = targetPath
        if !sentPath.hasSuffix("/") && path.hasSuffix("/") { sentPath += "/" }
        if sentPath.isEmpty { return .redirect(path + "/" + (query.isEmpty ? "" : "?" + query)) }
        var response = try fetch(location, method: method, target: sentPath + (query.isEmpty ? "" : "?" + query))
        if method == "HEAD" { response.body = "" }
        let links = ProxyLinkRewriter(
            sourceHost: location.authority, requestHost: host,
            pathPrepend: ProxyLinkRewriter.pathPrepend(requestPath: path, targetPath: targetPath))
        return Self.passedOn(response, links: links)
    }

    /// The target's response to `method` over a connection from the apiserver's node; a failure to get one
    /// is the transport's `error trying to reach service` (503).
    private func fetch(_ location: ProxyLocation, method: String, target: String) throws(APIStatus) -> HTTPResponse {
        func unreachable(_ why: String) -> APIStatus {
            .bare("ServiceUnavailable", "error trying to reach service: \(why)", code: 503)
        }
        // The port is digits by now; Go caps what does not fit.
        let port = location.port.map { Int($0) ?? .max } ?? (location.scheme == "https" ? 443 : 80)
        guard port <= 65535 else { throw unreachable("dial tcp: address \(location.port ?? ""): invalid port") }
        let address = "\(location.ip):\(port)"
        if let node = location.kubelet {
            switch cluster.kubeletReach(on: node) {
            case .serving: return cluster.kubeletResponse(on: node, method: method, target: target)
            case .refused: throw unreachable("dial tcp \(address): connect: connection refused")
            case .unreachable(let milliseconds):
                _ = cluster.wait(timeoutSeconds: milliseconds / 1000) { false }
                throw unreachable("dial tcp \(address): connect: no route to host")
            }
        }
        switch cluster.connectTCP(from: apiServerNode, to: location.ip, port: port) {
        case .refused: throw unreachable("dial tcp \(address): connect: connection refused")
        case .unreachable(let milliseconds):
            _ = cluster.wait(timeoutSeconds: milliseconds / 1000) { false }
            throw unreachable("dial tcp \(address): connect: no route to host")
        case .dropped:
            // The proxy transport's dialer gives up after 30 seconds.
            _ = cluster.wait(timeoutSeconds: 30) { false }
            throw unreachable("dial tcp \(address): i/o timeout")
        case .connected(let server):
            guard let response = cluster.httpResponse(of: server, method: method, target: target, files: files?(server)) else { throw unreachable("EOF") }
            if location.scheme == "https" { throw unreachable("tls: first record does not look like a TLS handshake") }
            return response
        }
    }

    /// Where the apiserver runs: the node of its static pod.
    private var apiServerNode: NetworkOrigin {
        let apiserver = cluster.list(.pods, namespace: "kube-system").first { $0.labels["component"] == "kube-apiserver" }
        return .node(apiserver?[path: "spec.nodeName"].string ?? "")
    }
}

/// Each server's files as its container holds them, for the pages it serves from them.
public typealias ServedFiles = (ReachedServer) -> ((String) -> ServedFile?)?
