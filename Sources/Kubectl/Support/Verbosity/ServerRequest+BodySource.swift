/// Where client-go's REST client says a request's bodies were logged from: `logBody` skips
/// frames up to the code that called `Do`, `Watch` or `Stream`, so the line is that caller's,
/// in the client that sent the request (cli-runtime's resource helper, client-go's typed
/// clients, its dynamic client or its discovery client, as vendored by kubectl 1.32).
extension ServerRequest {
    /// `file.go:LINE`, or nil for a request no REST client sent this way (an exec's upgrade).
    var bodySource: String? {
        if method == "GET" {
            switch path {
            case "/api": return "discovery_client.go:253"
            case "/apis": return "discovery_client.go:319"
            case "/version": return "discovery_client.go:658"
            case "/openapi/v3": return "client.go:46"
            case _ where path.hasPrefix("/openapi/v3/"): return "groupversion.go:75"
            default: break
            }
            if Self.isGroupVersionPath(path) { return "discovery_client.go:404" }
        }
        if path.hasSuffix("/exec") || path.hasSuffix("/attach") || path.hasSuffix("/portforward") { return nil }
        if path.hasSuffix("/log") { return "logs.go:469" }
        let watching = query["watch"] == "true"
        let named = target.map { !$0.name.isEmpty } ?? false
        if accept == MediaTypes.protobuf {
            return Self.typedClientLines[watching ? "WATCH" : method == "GET" && !named ? "LIST" : method]
        }
        if watching { return query["fieldSelector"]?.hasPrefix("metadata.name=") == true ? "helper.go:182" : "helper.go:170" }
        return Self.helperLines[method == "GET" && !named ? "LIST" : method]
    }

    /// `/api/v1` or `/apis/GROUP/VERSION`: a group/version's resource list.
    private static func isGroupVersionPath(_ path: String) -> Bool {
        let segments = path.split(separator: "/")
        return (segments.first == "api" && segments.count == 2) || (segments.first == "apis" && segments.count == 3)
    }

    /// cli-runtime's `resource.Helper`, which the builder's verbs send through.
    private static let helperLines = [
        "GET": "helper.go:105", "LIST": "helper.go:113", "DELETE": "helper.go:202", "POST": "helper.go:246",
        "PATCH": "helper.go:269", "PUT": "helper.go:319",
    ]

    /// client-go's generic typed client (`gentype`), behind the clientset's describers and generators.
    private static let typedClientLines = [
        "GET": "type.go:168", "LIST": "type.go:204", "WATCH": "type.go:240", "POST": "type.go:252",
        "PUT": "type.go:267", "DELETE": "type.go:296", "PATCH": "type.go:328",
    ]
}
