/// Which of the kubelet server's handlers a request reaches, and how it is refused otherwise.
///
/// The health checks, `/configz` and `/metrics/resource` are registered on the server's ServeMux
/// as they are and answer any method. `/pods` and `/stats/` are go-restful web services: its router picks a route
/// by path, then by method, so a path no route takes is its 404 and a method no route takes its
/// 405 with `Allow`, both in its own words. Other paths are the ServeMux's 404.
enum KubeletRoute: Equatable {
    case healthz
    case configz
    case metricsResource
    case pods
    case statsSummary
    /// go-restful's refusal of a method: the route's methods go in `Allow`.
    case methodNotAllowed(allow: [String])
    /// go-restful's answer to a path below a web service that none of its routes takes.
    case noRoute
    /// The ServeMux's answer to a subtree's root given without its slash: 301 to the root.
    case addSlash
    /// The ServeMux's answer to a path nothing is registered for.
    case notFound

    init(method: String, path: String) {
        if path == "/healthz" || path.hasPrefix("/healthz/") {
            self = .healthz
            return
        }
        if path == "/configz" {
            self = .configz
            return
        }
        if path == "/metrics/resource" {
            self = .metricsResource
            return
        }
        let tokens = path.split(separator: "/").map(String.init)
        let service = Self.webServices.first { patterns, _ in
            patterns.contains { $0.hasSuffix("/") ? path.hasPrefix($0) : path == $0 }
        }
        guard let (_, routes) = service else {
            let subtree = Self.webServices.contains { $0.patterns.contains(path + "/") }
            self = subtree ? .addSlash : .notFound
            return
        }
        guard let route = routes.first(where: { $0.tokens == tokens }) else {
            self = .noRoute
            return
        }
        self = route.methods.contains(method) ? route.handler : .methodNotAllowed(allow: route.methods)
    }

    /// A route's path tokens below the server's root, the methods it is registered for, and its handler.
    private struct Route {
        var tokens: [String]
        var methods: [String]
        var handler: KubeletRoute
    }

    /// The web services by the ServeMux patterns their roots register (a pattern ending in `/`
    /// takes the subtree): `/pods` takes GET alone; the stats handler registers each of its paths
    /// for GET and POST, below its root `/stats/`.
    private static let webServices: [(patterns: [String], routes: [Route])] = [
        (["/pods", "/pods/"], [Route(tokens: ["pods"], methods: ["GET"], handler: .pods)]),
        (["/stats/"], [Route(tokens: ["stats", "summary"], methods: ["GET", "POST"], handler: .statsSummary)]),
    ]

    /// go-restful's texts for its refusals, written as they are (Go's HTTP server sniffs their type).
    static let methodNotAllowedText = "405: Method Not Allowed"
    static let noRouteText = "404: Page Not Found"
}
