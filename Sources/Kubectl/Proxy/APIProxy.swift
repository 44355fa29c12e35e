import Cluster
import KubeAPI

/// A `kubectl proxy` listening on the host: it hands each request under its API prefix, once its
/// filter lets it through, to the apiserver as the kubeconfig's user, and passes the answer back
/// with the headers re-sorted as Go's server writes a header map.
public final class APIProxy {
    /// The address it listens on (`127.0.0.1`, `0.0.0.0`), or a Unix socket's path.
    public let address: String
    /// 0 for a Unix socket.
    public let port: Int
    public let isUnixSocket: Bool
    /// Ends in `/`.
    let apiPrefix: String
    /// nil with `--disable-filter`.
    let filter: ProxyFilter?
    /// The `--www` files, when there are.
    let staticFiles: StaticFiles?
    private let lab: Cluster
    /// The kubeconfig's server and user when it started, which it keeps.
    let server: String
    let user: UserInfo?
    /// Go's error for the apiserver's certificate, when the proxy's client does not trust it.
    let tlsFailure: String?
    /// The apiserver's audit IDs for the requests this proxy makes.
    private var auditIDs: NameGenerator
    /// Requests sent on the HTTP/2 connection to the apiserver, and when the last one went: a
    /// connection idle for longer than the transports' 90 seconds is closed, and the next
    /// request opens a new one, whose streams count from 1 again.
    private var streams = 0
    private var lastRequest: Timestamp?

    init(
        address: String, port: Int, isUnixSocket: Bool, apiPrefix: String, filter: ProxyFilter?, staticFiles: StaticFiles? = nil,
        lab: Cluster, server: String, user: UserInfo?, tlsFailure: String? = nil
    ) {
        self.tlsFailure = tlsFailure
        self.staticFiles = staticFiles
        self.address = address
        self.port = port
        self.isUnixSocket = isUnixSocket
        self.apiPrefix = apiPrefix
        self.filter = filter
        self.lab = lab
        self.server = server
        self.user = user
        auditIDs = NameGenerator(seed: UInt64(truncatingIfNeeded: lab.now.milliseconds) &+ UInt64(port))
    }

    /// Whether a connection to `address:port` reaches it (`0.0.0.0` listens everywhere).
    public func listens(on address: String, port: Int) -> Bool {
        !isUnixSocket && self.port == port && (self.address == address || self.address == "0.0.0.0")
    }

    /// What a client sending `METHOD target` with these `Host`, `User-Agent` and `Content-Type`
    /// headers and this body receives, and the line kubectl logs meanwhile, if any.
    public func respond(
        method: String, target: String, host: String, userAgent: String, contentType: String? = nil, body: String = "",
        files: ServedFiles? = nil
    ) -> (response: HTTPResponse, log: String?) {
        let path = String(target.prefix { $0 != "?" })
        let query = target.contains("?") ? String(target.drop { $0 != "?" }.dropFirst()) : ""
        if let staticFiles, staticFiles.serves(path, apiPrefix: apiPrefix) {
            return (staticFiles.respond(method: method, path: path, query: query, date: lab.httpDate), nil)
        }
        // ServeMux sends a subtree's root without its slash there, before a shorter pattern takes it.
        if path + "/" == staticFiles?.prefix { return (redirect(to: path + "/" + (query.isEmpty ? "" : "?" + query)), nil) }
        guard path.hasPrefix(apiPrefix) else {
            if path + "/" == apiPrefix { return (redirect(to: apiPrefix + (query.isEmpty ? "" : "?" + query)), nil) }
            return (plainError(404, "404 page not found"), nil)
        }
        // Below a prefix other than `/api...`, the prefix is cut off, leaving the leading slash.
        var forwarded = path
        if !apiPrefix.hasPrefix("/api") {
            let rest = path.dropFirst(apiPrefix.count)
            forwarded = rest.isEmpty || rest.hasPrefix("/") ? String(rest) : "/" + rest
        }
        if let filter, !filter.accepts(method: method, path: forwarded, hostHeader: host) {
            return (plainError(403, "Forbidden"), nil)
        }
        guard lab.isAPIServerServing, server == lab.settings.server else {
            lastRequest = nil
            return failed(ServerConnection.dialFailure(server: server))
        }
        if let tlsFailure {
            lastRequest = nil
            return failed(ServerConnection.goError(.untrusted(tlsFailure), server: server))
        }
        if let last = lastRequest, lab.now.milliseconds(since: last) <= 90_000 { streams += 1 } else { streams = 1 }
        lastRequest = lab.now
        // kubectl sends the apiserver's own host as every request's `Host`.
        let apiserver = APIServerHTTP(cluster: lab, user: user, host: ServerConnection.authority(of: server), files: files)
        let answer = apiserver.serve(
            method: method, path: forwarded.isEmpty ? "/" : forwarded, query: query, userAgent: userAgent, auditID: auditIDs.uid(),
            contentType: contentType, body: body)
        guard let answer else { return failed(APIServerHTTP.streamReset(id: 2 * streams - 1)) }
        return (Self.relayed(answer), nil)
    }

    /// The reverse proxy's error handler: kubectl logs the error and answers 500 with it.
    private func failed(_ failure: String) -> (response: HTTPResponse, log: String?) {
        (plainError(500, failure), KlogLine.format(.error, source: "proxy_server.go:147", "Error while proxying request: \(failure)", at: lab.now))
    }

    /// The apiserver's response as the proxy's own server writes it: the copied header map in
    /// sorted order, and a body that came chunked sent chunked again.
    private static func relayed(_ upstream: HTTPResponse) -> HTTPResponse {
        let chunked = upstream.headers.contains("Transfer-Encoding: chunked")
        var headers = upstream.headers.filter { !$0.hasPrefix("Transfer-Encoding:") }.sorted { name(of: $0) < name(of: $1) }
        if chunked { headers.append("Transfer-Encoding: chunked") }
        return HTTPResponse(status: upstream.status, headers: headers, body: upstream.body)
    }

    private static func name(of header: String) -> Substring { header.prefix { $0 != ":" } }

    private func plainError(_ status: Int, _ message: String) -> HTTPResponse {
        Self.plainError(status, message, date: lab.httpDate)
    }

    /// `http.Error`: the message as plain text, with a newline.
    static func plainError(_ status: Int, _ message: String, date: String) -> HTTPResponse {
        let body = message + "\n"
        return HTTPResponse(
            status: status,
            headers: ["Content-Type: text/plain; charset=utf-8", "X-Content-Type-Options: nosniff", "Date: \(date)", "Content-Length: \(body.utf8.count)"],
            body: body)
    }

    /// ServeMux's answer to a subtree's path without its closing slash.
    private func redirect(to location: String) -> HTTPResponse {
        let body = "<a href=\"\(location)\">Moved Permanently</a>.\n\n"
        return HTTPResponse(
            status: 301,
            headers: ["Content-Type: text/html; charset=utf-8", "Location: \(location)", "Date: \(lab.httpDate)", "Content-Length: \(body.utf8.count)"],
            body: body)
    }
}
