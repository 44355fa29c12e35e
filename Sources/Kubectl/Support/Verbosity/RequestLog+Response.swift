import Cluster
import KubeAPI

/// The apiserver's answer to a request kubectl logged, as `-v=8` shows it, built from what the
/// lab's apiserver serves (`APIServerRead` encodes the bodies as for a real client) and the
/// headers its filters add: the audit ID, API Priority and Fairness's flow schema and priority
/// level, the date, and the length Go's HTTP/2 server declares for a body it sent in one piece.
extension RequestLog {
    /// The HTTP/2 server buffers this many bytes of a handler's output: a body that fits is sent
    /// whole, after its `Content-Length`; a longer one goes out in frames without one.
    static let http2BufferBytes = 4096

    func loggedResponse(
        to request: ServerRequest, status: Int, failure: APIError?, result: KubeObject?
    ) -> LoggedResponse {
        guard let lab, status != 101 else { return LoggedResponse(headers: [], body: nil) }
        let streamed = request.query["watch"] == "true" || request.path.hasSuffix("/log")
        var served: APIServerRead.Body?
        if request.accept == ServerRequest.MediaTypes.protobuf {
            // The typed clients' protobuf answers, which the lab does not encode.
        } else if let failure {
            served = .object(request.status(of: failure))
        } else if request.method == "POST", Self.answersWithStatus(request) {
            served = .object(["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "code": 201])
        } else if let result, let type = request.target?.type {
            served = .object(answer(to: request, result: result, type: type, lab: lab))
        } else if request.method == "GET", ["/api", "/apis"].contains(request.path),
            request.accept?.hasPrefix(APIServerRead.aggregatedDiscoveryType) == true
        {
            served = .discovery(APIServerRead(cluster: lab, user: user).aggregatedDiscovery(core: request.path == "/api"))
        } else if request.method == "GET", !streamed, request.accept == ServerRequest.MediaTypes.table {
            served = (try? APIServerRead(cluster: lab, user: user).table(request.path, query: request.query))?.map { .object($0) }
        } else if request.method == "GET", !streamed, Self.readsJSON(request) {
            let query = request.url(server: "").drop { $0 != "?" }.dropFirst()
            served = try? APIServerRead(cluster: lab, user: user).get(request.path, query: String(query))
        }
        let body = served?.encoded(pretty: false)
        var headers = [
            "Audit-Id: \(auditIDs.uid())", "Cache-Control: \(served?.cacheControl ?? "no-cache, private")",
            "Content-Type: \(served?.contentType ?? Self.contentType(answering: request, streamed: streamed))",
            "Date: \(lab.httpDate)",
        ]
        if let body, body.utf8.count <= Self.http2BufferBytes { headers.append("Content-Length: \(body.utf8.count)") }
        headers += served?.otherHeaders ?? []
        let flowRequest =
            request.method == "GET" ? APIServerRead.flowRequest(request.path) : APIServerHTTP.flowRequest(request.method, request.path)
        if let flow = lab.flowClassification(of: flowRequest, as: user) {
            headers.append("X-Kubernetes-Pf-Flowschema-Uid: \(flow.flowSchema.uid)")
            headers.append("X-Kubernetes-Pf-Prioritylevel-Uid: \(flow.priorityLevel.uid)")
        }
        headers.sort { $0.prefix { $0 != ":" } < $1.prefix { $0 != ":" } }
        return LoggedResponse(headers: headers, body: streamed ? nil : body)
    }

    /// What a write answers: the object as stored, or, for a delete that removed it at once,
    /// the Status that says so.
    private func answer(to request: ServerRequest, result: KubeObject, type: ResourceType, lab: Cluster) -> JSONValue {
        guard request.method == "DELETE", !lab.exists(type, namespace: result.namespace, name: result.name, uid: result.uid) else {
            return APIServerRead.served(result, type: type, inList: false, cluster: lab)
        }
        var details: JSONValue = ["name": .string(result.name)]
        if !type.group.isEmpty { details["group"] = .string(type.group) }
        details["kind"] = .string(type.plural)
        details["uid"] = .string(result.uid)
        return ["kind": "Status", "apiVersion": "v1", "metadata": [:], "status": "Success", "details": details]
    }

    /// Whether the request creates through a subresource whose storage answers with a Status
    /// of success (a pod's `eviction` and `binding`), which the create handler gives its 201.
    private static func answersWithStatus(_ request: ServerRequest) -> Bool {
        let segments = request.path.split(separator: "/")
        guard segments.count >= 3, segments[segments.count - 3] == "pods" else { return false }
        return ["eviction", "binding"].contains(segments[segments.count - 1])
    }

    /// Whether the lab serves the body this request asks for as plain JSON: not protobuf,
    /// which it does not encode.
    private static func readsJSON(_ request: ServerRequest) -> Bool {
        guard let accept = request.accept else { return true }
        return accept == ServerRequest.MediaTypes.json || accept == ServerRequest.MediaTypes.any
    }

    /// The media type of an answer whose body the lab does not write out.
    private static func contentType(answering request: ServerRequest, streamed: Bool) -> String {
        if request.path.hasSuffix("/log") { return "text/plain" }
        if request.accept == ServerRequest.MediaTypes.protobuf { return "application/vnd.kubernetes.protobuf" }
        return "application/json"
    }
}
