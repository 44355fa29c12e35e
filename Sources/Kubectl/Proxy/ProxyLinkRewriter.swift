/// How the apiserver's proxy transport rewrites a URL in a proxied page or in a `Location`
/// header (`Transport.rewriteURL`): an absolute path on the target's own host, or on the host
/// the client asked for, gets the proxy's path in front; any other URL stays as written.
///
/// On the apiserver the transport's own scheme and host are empty (they come from the incoming
/// request's URL, which holds only a path), so a rewritten URL keeps only a path, unless it
/// named the host the client asked for, whose scheme and host it then keeps.
struct ProxyLinkRewriter: Equatable {
    /// The target's `host[:port]` as the request to it named it.
    var sourceHost: String
    /// The `Host` the apiserver was asked for.
    var requestHost: String
    /// What stands before the target's paths: the request's path less the part the target got.
    var pathPrepend: String

    func rewrite(_ target: String) -> String {
        guard var url = GoURL(target) else { return target }
        let isDifferentHost = !url.host.isEmpty && url.host != sourceHost && url.host != requestHost
        guard !isDifferentHost, url.path.hasPrefix("/") else { return target }
        if url.host != requestHost {
            url.scheme = ""
            url.host = ""
        }
        if url.path.hasPrefix(pathPrepend) { return url.string }
        let original = url.path
        url.path = GoPath.join(pathPrepend, url.path)
        if original.hasSuffix("/") { url.path += "/" }
        return url.string
    }

    /// `defaultProxyTransport`'s prefix: the request path less the target's path (with the
    /// request's closing slash), or the whole request path when it does not end that way.
    static func pathPrepend(requestPath: String, targetPath: String) -> String {
        var suffix = targetPath
        if requestPath.hasSuffix("/") && !suffix.hasSuffix("/") { suffix += "/" }
        return requestPath.hasSuffix(suffix) ? String(requestPath.dropLast(suffix.count)) : requestPath
    }
}
