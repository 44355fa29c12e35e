import Cluster
import KubeAPI

extension APIServerHTTP {
    /// The response to any request: a write (POST, PUT, PATCH, DELETE) to a resource path goes
    /// to the write handlers with its `Content-Type` and body; the rest is served as `get` serves
    /// it, which refuses any method but GET on go-restful's discovery and version routes.
    func serve(
        method: String, path: String, query: String, userAgent: String, auditID: String, contentType: String?,
        body: String
    ) -> HTTPResponse? {
        let isWrite = ["POST", "PUT", "PATCH", "DELETE"].contains(method)
        let segments = path.split(separator: "/").map(String.init)
        let isResource = ["api", "apis"].contains(segments.first) && APIServerRead.ResourcePath(segments) != nil
        guard isWrite, isResource, ProxySubresource(path: path) == nil else {
            return get(path: path, query: query, userAgent: userAgent, auditID: auditID, method: method)
        }
        return write(
            method: method, path: path, query: query, userAgent: userAgent, auditID: auditID, contentType: contentType,
            body: body)
    }

    /// The write handlers' answer: the object written (201 for what a POST or an apply created,
    /// 200 otherwise) or the Status of the failure, encoded as a read's, with a `Warning` header
    /// for each warning. The field manager is `?fieldManager`, else the User-Agent's first part.
    private func write(
        method: String, path: String, query: String, userAgent: String, auditID: String, contentType: String?,
        body: String
    ) -> HTTPResponse {
        var writer = APIServerWrite(cluster: cluster, user: user)
        let named = APIServerWrite.queryValue("fieldManager", in: query)
        writer.manager = FieldManager(named.isEmpty ? String(userAgent.prefix { $0 != "/" }.prefix(128)) : named)
        let status: Int
        let object: JSONValue
        var warnings: [String] = []
        do throws(APIStatus) {
            let answer = try writer.send(method, path: path, query: query, body: body, contentType: contentType)
            status = method == "POST" || answer.created ? 201 : 200
            object = answer.object
            warnings = answer.warnings
        } catch {
            status = error.error.code
            object = error.json
        }
        let text = APIServerRead.Body.object(object).encoded(
            pretty: Self.prettyPrint(query: query, userAgent: userAgent))
        var headers = ["Audit-Id: \(auditID)", "Cache-Control: no-cache, private", "Content-Type: application/json"]
        headers += warnings.map { "Warning: 299 - \(Self.warningText($0))" }
        if let flow = cluster.flowClassification(of: Self.flowRequest(method, path), as: user) {
            headers.append("X-Kubernetes-Pf-Flowschema-Uid: \(flow.flowSchema.uid)")
            headers.append("X-Kubernetes-Pf-Prioritylevel-Uid: \(flow.priorityLevel.uid)")
        }
        headers.append("Date: \(cluster.httpDate)")
        headers.append(
            text.utf8.count <= Self.unchunkedLimit ? "Content-Length: \(text.utf8.count)" : "Transfer-Encoding: chunked"
        )
        return HTTPResponse(status: status, headers: headers, body: text)
    }

    /// `NewWarningHeader`'s quoted text: only `"` and `\` are escaped; Go's server then writes
    /// a line break inside a header value as a space.
    static func warningText(_ text: String) -> String {
        var quoted = "\""
        for character in text {
            switch character {
            case "\"", "\\": quoted += "\\" + String(character)
            case "\n", "\r", "\r\n": quoted += character == "\r\n" ? "  " : " "
            default: quoted.append(character)
            }
        }
        return quoted + "\""
    }

    /// How API Priority and Fairness sees a write: the request's verb on the resource.
    static func flowRequest(_ method: String, _ path: String) -> FlowRequest {
        let segments = path.split(separator: "/").map(String.init)
        guard let resource = APIServerRead.ResourcePath(segments) else { return .path(path) }
        let verbs = ["POST": "create", "PUT": "update", "PATCH": "patch", "DELETE": "delete"]
        let verb = method == "DELETE" && resource.name.isEmpty ? "deletecollection" : verbs[method] ?? "get"
        return .resource(
            verb: verb, group: resource.group, resource: resource.rest[0], namespace: resource.namespace ?? "")
    }
}
