import Cluster
import KubeAPI

/// The apiserver's HTTP answer to a GET, headers and all, as a client that reaches it directly
/// (a `kubectl proxy`) receives it.
struct APIServerHTTP {
    let cluster: Cluster
    /// Who asks; nil is the admin.
    let user: UserInfo?
    /// The `Host` the request came with, and each server's files: what the proxy subresource
    /// needs to reach a pod's server and rewrite its pages.
    var host = ""
    var files: ServedFiles?

    /// Go's server sends a body of at most this many bytes with a `Content-Length`, a longer one
    /// chunked, when the handler sets neither.
    static let unchunkedLimit = 2048

    /// The response to `GET path?query` from a client whose `User-Agent` is `userAgent`; the
    /// audit ID is the one the apiserver gives the request. Nil when the handler panicked: the
    /// panic filter's 500 is never flushed, and the HTTP/2 server resets the stream instead.
    func get(path: String, query: String, userAgent: String, auditID: String, method: String = "GET") -> HTTPResponse? {
        let pretty = Self.prettyPrint(query: query, userAgent: userAgent)
        let proxy = ProxyRoundTrip(cluster: cluster, user: user, host: host, files: files)
        if let answer = proxy.answer(method: method, path: path, query: query) {
            return response(to: answer, pretty: pretty, auditID: auditID, method: method)
        }
        var status = 200
        let body: APIServerRead.Body
        var read = APIServerRead(cluster: cluster, user: user)
        read.nonResourceVerb = method.lowercased()
        do throws(APIStatus) {
            let served = try read.get(path, query: query)
            if method != "GET", Self.isRestfulRoute(path) { throw APIStatus(error: .methodNotAllowed) }
            body = served
        } catch {
            // go-restful answers another method on a GET route 405 whether or not the object exists.
            let refused = method != "GET" && Self.isRestfulRoute(path) && error.error.code == 404 && !error.name.isEmpty
            let failure = refused ? APIStatus(error: .methodNotAllowed) : error
            status = failure.error.code
            body = .object(failure.json)
        }
        let text = body.encoded(pretty: pretty)
        var headers = ["Audit-Id: \(auditID)", "Cache-Control: \(body.cacheControl)", "Content-Type: \(body.contentType)"]
        if body.contentType.hasPrefix("text/plain") { headers.append("X-Content-Type-Options: nosniff") }
        // A method other than GET or HEAD is its own verb outside the resource paths.
        let flowRequest = ["GET", "HEAD"].contains(method) ? APIServerRead.flowRequest(path) : .path(path, verb: method.lowercased())
        if let flow = cluster.flowClassification(of: flowRequest, as: user) {
            headers.append("X-Kubernetes-Pf-Flowschema-Uid: \(flow.flowSchema.uid)")
            headers.append("X-Kubernetes-Pf-Prioritylevel-Uid: \(flow.priorityLevel.uid)")
        }
        headers.append("Date: \(cluster.httpDate)")
        if text.utf8.count <= Self.unchunkedLimit {
            headers.append("Content-Length: \(text.utf8.count)")
        } else if method != "HEAD" {
            headers.append("Transfer-Encoding: chunked")
        }
        return HTTPResponse(status: status, headers: headers, body: text)
    }

    /// Whether go-restful serves `path` (API discovery below the aggregator's `/apis` and
    /// `/apis/GROUP`, resources, `/version`, OIDC discovery, `/logs`): its routes for reads are
    /// registered for GET alone, so a HEAD (or a write to a path no write route serves) is
    /// refused. The other handlers answer any method as GET.
    static func isRestfulRoute(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        switch segments.first {
        case "api", "version", ".well-known", "openid", "logs": return true
        case "apis": return segments.count >= 3
        default: return false
        }
    }

    /// The serializer indents for `?pretty=true`, and for browsers and command-line HTTP tools
    /// unless `?pretty` says otherwise.
    static func prettyPrint(query: String, userAgent: String) -> Bool {
        for item in query.split(separator: "&") where item == "pretty" || item.hasPrefix("pretty=") {
            let value = item.dropFirst("pretty=".count)
            if !value.isEmpty { return ["1", "t", "T", "TRUE", "true", "True"].contains(value) }
        }
        return userAgent.hasPrefix("curl") || userAgent.hasPrefix("Wget") || userAgent.hasPrefix("Mozilla/5.0")
    }
}
