import Cluster
import KubeAPI

/// What `-v=8` and up add to a request's lines: the bodies client-go's REST client logs, the
/// response's headers, and at `-v=9` the curl command and the connection's timings.
extension RequestLog {
    /// A response as the log shows it: its headers, sorted by name (Go ranges over a map; the
    /// lab sorts), and its body when the lab knows the bytes the apiserver sends.
    struct LoggedResponse {
        var headers: [String]
        var body: String?
    }

    /// `"Request Body" body=...`, logged before the request goes: empty for a request without
    /// one; a write whose bytes the lab does not know logs nothing.
    func logRequestBody(_ request: ServerRequest, source: String?) {
        guard let source else { return }
        let body: String
        if let sent = request.body {
            body = sent
        } else if ["GET", "HEAD"].contains(request.method) {
            body = ""
        } else {
            return
        }
        info(8, source, "\"Request Body\" body" + KlogValue.string(KlogValue.truncated(body, level: level)))
    }

    /// The curl command that repeats the request (without its body), and, on the command's first
    /// request, the dial that opens the connection to the server's address.
    func logCurlAndDial(_ request: ServerRequest, url: String) {
        let headers = request.headers(userAgent: userAgent).map { " -H " + GoSyntax.quoted($0) }.joined()
        info(9, "round_trippers.go:473", "curl -v -X\(request.method) \(headers) '\(url)'")
        guard !connected else { return }
        let host = server.split(separator: "/").dropFirst().first.map(String.init) ?? server
        info(9, "round_trippers.go:517", "HTTP Trace: Dial to tcp:\(host) succeed")
    }

    /// The timings of a round trip: a new connection's dial and TLS handshake, or one reused
    /// from the pool, then the server's share of the lab's fixed 3 ms.
    func statistics() -> String {
        let duration = Self.answerMilliseconds
        guard connected else {
            return "DNSLookup 0 ms Dial 0 ms TLSHandshake 1 ms ServerProcessing \(duration - 2) ms Duration \(duration) ms"
        }
        return "GetConnection 0 ms ServerProcessing \(duration - 1) ms Duration \(duration) ms"
    }

    /// `Response Headers:` with each header, then `"Response Body" body=...` when known.
    func logResponse(_ response: LoggedResponse, source: String?) {
        info(8, "round_trippers.go:584", "Response Headers:")
        for header in response.headers { info(8, "round_trippers.go:587", "    \(header)") }
        guard let body = response.body, let source else { return }
        info(8, source, "\"Response Body\" body" + KlogValue.string(KlogValue.truncated(body, level: level)))
    }
}
