import KubeAPI

/// The kubelet's own HTTPS server (port 10250), as the apiserver's `nodes/NAME/proxy` reaches it:
/// `/healthz` (with its checks), `/pods` (the pods bound to the kubelet, its static pods as it read them from their
/// files, in its pod manager's map order), `/configz`, `/stats/summary` and `/metrics/resource`; `KubeletRoute`
/// says which answers.
extension Cluster {
    /// How a connection to a node's kubelet port ends.
    public enum KubeletReach: Sendable, Equatable {
        case serving
        /// The kubelet service is stopped in a running node container.
        case refused
        /// The node container is stopped: nothing holds its address.
        case unreachable(milliseconds: Int64)
    }

    /// Whether the kubelet of `node` answers.
    public func kubeletReach(on node: String) -> KubeletReach {
        guard let container = nodeContainer(node) else { return .serving }
        if !container.isRunning { return .unreachable(milliseconds: NetworkTimings.arpFailureMilliseconds) }
        return container.kubeletStoppedAt == nil ? .serving : .refused
    }

    /// The kubelet's answer to `METHOD target`, as its HTTP/2 server sends it.
    public func kubeletResponse(on node: String, method: String = "GET", target: String) -> HTTPResponse {
        let path = String(target.prefix { $0 != "?" })
        let query = target.contains("?") ? String(target.drop { $0 != "?" }.dropFirst()) : ""
        switch KubeletRoute(method: method, path: path) {
        case .healthz:
            let check = path == "/healthz" ? nil : String(path.dropFirst("/healthz/".count))
            guard let body = HealthCheckQuery(query).body(endpoint: "healthz", check: check, checks: Self.kubeletHealthChecks)
            else { return kubeletNotFound }
            return kubeletHTTP(200, body, type: "text/plain; charset=utf-8", nosniff: true)
        case .configz:
            return kubeletHTTP(200, kubeletConfigz(on: node), type: "application/json", nosniff: true)
        case .pods:
            return kubeletHTTP(200, kubeletPodList(on: node), type: "application/json")
        case .statsSummary:
            return kubeletHTTP(200, kubeletStatsSummary(on: node), type: "application/json")
        case .metricsResource:
            return kubeletHTTP(200, kubeletResourceMetrics(on: node), type: Self.prometheusTextType)
        case .methodNotAllowed(let allow):
            var response = kubeletHTTP(405, KubeletRoute.methodNotAllowedText, type: "text/plain; charset=utf-8")
            response.headers.insert("Allow: \(allow.joined(separator: ", "))", at: 0)
            return response
        case .noRoute:
            return kubeletHTTP(404, KubeletRoute.noRouteText, type: "text/plain; charset=utf-8")
        case .addSlash:
            return kubeletRedirect(to: path + "/" + (query.isEmpty ? "" : "?" + query), method: method)
        case .notFound:
            return kubeletNotFound
        }
    }

    /// Go's `http.Redirect` with 301: an HTML link to the new place for a GET, nothing for others.
    private func kubeletRedirect(to location: String, method: String) -> HTTPResponse {
        var headers = ["Content-Type: text/html; charset=utf-8", "Location: \(location)", "Date: \(httpDate)"]
        guard method == "GET" else { return HTTPResponse(status: 301, headers: headers, body: "") }
        let entities: [Character: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&#34;", "'": "&#39;"]
        let escaped = location.map { entities[$0] ?? String($0) }.joined()
        let body = "<a href=\"\(escaped)\">Moved Permanently</a>.\n\n"
        headers.append("Content-Length: \(body.utf8.count)")
        return HTTPResponse(status: 301, headers: headers, body: body)
    }

    /// The ServeMux's 404.
    private var kubeletNotFound: HTTPResponse {
        kubeletHTTP(404, "404 page not found\n", type: "text/plain; charset=utf-8", nosniff: true)
    }

    /// The checks of the kubelet's `/healthz`, each also served at `/healthz/NAME`.
    static let kubeletHealthChecks = ["ping", "log", "syncloop"]

    /// The pods the kubelet's pod manager holds, as `encodePods` writes them: a `v1` PodList
    /// whose items carry no kind, with a closing newline. The manager keeps them in a Go map,
    /// so each request lists them in another order.
    private func kubeletPodList(on node: String) -> String {
        var pods = list(.pods).filter { $0.nodeName == node }.map { Self.isMirrorPod($0) ? Self.staticPod(of: $0) : $0.value }
        pods += (staticPods.unmirrored[node] ?? []).map { Self.staticPod(of: $0) }
        let items = inGoMapOrder(pods).map { pod -> JSONValue in
            var typed = GoTypedJSON.encode(pod, as: "v1.Pod")
            typed["kind"] = .null
            typed["apiVersion"] = .null
            return typed
        }
        let list: JSONValue = ["kind": "PodList", "apiVersion": "v1", "metadata": [:], "items": .array(items)]
        return GoJSON.marshal(list) + "\n"
    }

    /// The static pod behind a mirror pod, as the kubelet's file source made it: its UID the
    /// manifest's hash, no creation time, version, owner or managed fields, and no mirror annotation.
    private static func staticPod(of mirror: KubeObject) -> JSONValue {
        var pod = mirror.value
        var metadata: JSONValue = [:]
        let kept = ["name", "namespace", "labels", "annotations"]
        for key in kept where !pod["metadata"][key].isNull { metadata[key] = pod["metadata"][key] }
        metadata["annotations"][ServiceAccountAdmission.mirrorPodAnnotation] = .null
        if let hash = mirror.annotations["kubernetes.io/config.hash"] { metadata["uid"] = .string(hash) }
        pod["metadata"] = metadata
        return pod
    }

    /// Go's HTTP/2 server: a handler's body that fits its 4 KiB buffer goes with its length.
    private func kubeletHTTP(_ status: Int, _ body: String, type: String, nosniff: Bool = false) -> HTTPResponse {
        var headers = ["Content-Type: \(type)"]
        if nosniff { headers.append("X-Content-Type-Options: nosniff") }
        headers.append("Date: \(httpDate)")
        if body.utf8.count <= 4096 { headers.append("Content-Length: \(body.utf8.count)") }
        return HTTPResponse(status: status, headers: headers, body: body)
    }
}
