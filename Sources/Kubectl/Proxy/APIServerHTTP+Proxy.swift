import Cluster
import KubeAPI

extension APIServerHTTP {
    /// The apiserver's HTTP answer for the proxy subresource. Its filters set the audit ID and
    /// `Cache-Control` before the handler runs, and the reverse proxy adds the target's headers
    /// after them; the request is long-running, so API Priority and Fairness does not classify it.
    func response(to answer: ProxyRoundTrip.Answer, pretty: Bool, auditID: String, method: String) -> HTTPResponse? {
        var headers = ["Audit-Id: \(auditID)", "Cache-Control: no-cache, private"]
        switch answer {
        case .response(let upstream, let lengthKnown):
            headers += upstream.headers
            if !upstream.headers.contains(where: { $0.hasPrefix("Date:") }) { headers.append("Date: \(cluster.httpDate)") }
            // An answer to HEAD has no body, so the server adds no length of its own.
            if method != "HEAD" && !upstream.headers.contains(where: { $0.hasPrefix("Content-Length:") }) {
                let length = upstream.body.utf8.count
                headers.append(lengthKnown && length <= Self.http2Buffer ? "Content-Length: \(length)" : "Transfer-Encoding: chunked")
            }
            return HTTPResponse(status: upstream.status, headers: headers, body: upstream.body)
        case .redirect(let location):
            headers += ["Location: \(location)", "Date: \(cluster.httpDate)", "Content-Length: 0"]
            return HTTPResponse(status: 301, headers: headers, body: "")
        case .failure(let status):
            let text = APIServerRead.Body.object(status.json).encoded(pretty: pretty)
            headers += ["Content-Type: application/json", "Date: \(cluster.httpDate)", "Content-Length: \(text.utf8.count)"]
            return HTTPResponse(status: status.error.code, headers: headers, body: text)
        case .panicked:
            return nil
        }
    }

    /// The HTTP/2 server sends a `content-length` for a body of at most this many bytes that the
    /// handler wrote without flushing; a longer one goes out without, and kubectl chunks it.
    static let http2Buffer = 4096

    /// What an HTTP/2 client makes of a stream the server reset after its handler panicked.
    static func streamReset(id: Int) -> String { "stream error: stream ID \(id); INTERNAL_ERROR; received from peer" }
}
