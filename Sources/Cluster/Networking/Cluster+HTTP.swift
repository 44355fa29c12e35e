import KubeAPI

/// What a server process in a pod sends back to an HTTP request: the status its image's
/// behaviour gives the path, dressed in the headers and body of the image's page for it (both
/// from the image catalog); a static page is the container's file as it is now, and a directory
/// of the server's root named without its closing slash is redirected to it.
public struct HTTPResponse: Sendable, Equatable {
    public var status: Int
    public var reason: String
    /// `Name: value` lines in the order the server sends them.
    public var headers: [String]
    public var body: String

    /// A response whose reason phrase is the standard one for `status` (Go's `StatusText`).
    public init(status: Int, reason: String? = nil, headers: [String], body: String) {
        self.status = status
        self.reason = reason ?? Self.reasons[status] ?? ""
        self.headers = headers
        self.body = body
    }

    static let reasons = [
        200: "OK", 201: "Created", 202: "Accepted", 204: "No Content", 206: "Partial Content", 301: "Moved Permanently",
        302: "Found", 303: "See Other", 304: "Not Modified", 307: "Temporary Redirect", 308: "Permanent Redirect",
        400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed",
        406: "Not Acceptable", 409: "Conflict", 410: "Gone", 415: "Unsupported Media Type", 422: "Unprocessable Entity",
        429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable",
        504: "Gateway Timeout",
    ]

    /// The status line, `HTTP/1.1 200 OK`.
    public var statusLine: String { "HTTP/1.1 \(status) \(reason)" }
}

/// A file as a server reads it from its container: contents and modification time.
public struct ServedFile: Sendable, Equatable {
    public var content: String
    /// Seconds since the epoch.
    public var modified: Int64
    /// True when the path names a directory (its `content` is empty).
    public var isDirectory: Bool

    public init(content: String, modified: Int64, isDirectory: Bool = false) {
        self.content = content
        self.modified = modified
        self.isDirectory = isDirectory
    }
}

extension Cluster {
    /// The response of `server` to `method target` (a path with its query), or nil when the port
    /// does not speak HTTP (the server closes the connection without a reply).
    ///
    /// A method other than GET and HEAD gets the status the image's `methods` give it; a HEAD
    /// gets a GET's headers without its body.
    ///
    /// `files` reads the serving container's files; without it the image's own files are served.
    /// A page whose file is gone answers with the page's `missing` status (404 unless it says).
    /// A server that logs each request (`logServedRequest`) writes its line as it answers.
    /// `host` is the request's `Host` header, which a redirect's `Location` names.
    public func httpResponse(
        of server: ReachedServer, method: String = "GET", target: String, files: ((String) -> ServedFile?)? = nil,
        host: String? = nil
    ) -> HTTPResponse? {
        guard var response = answer(of: server, method: method, target: target, files: files, host: host) else { return nil }
        let path = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        logServedRequest(by: server, path: path.isEmpty ? "/" : path)
        if method == "HEAD" { response.body = "" }
        return response
    }

    private func answer(
        of server: ReachedServer, method: String, target: String, files: ((String) -> ServedFile?)?, host: String?
    ) -> HTTPResponse? {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let path = parts[0].isEmpty ? "/" : parts[0]
        let query = parts.count > 1 ? parts[1] : ""
        guard var status = server.server?.httpStatus(port: server.port, path: path, after: server.elapsedMilliseconds) else {
            return nil
        }
        let entry = runtime.images.entry(for: server.image)
        var values = placeholderValues(for: server, query: query)
        // A server with a document root finds the file the path names there.
        var rootFile: String?
        if let root = server.server?.root, let files {
            switch root.outcome(for: path, read: files) {
            case .file(let file):
                (status, rootFile) = (200, file)
                values["contentType"] = root.contentType(of: file)
            case .redirect:
                status = 301
                values.merge(Self.redirectValues(server, path: path, query: query, host: host)) { $1 }
            case .forbidden: status = 403
            case .missing: status = 404
            }
        }
        status = server.server?.status(of: method, whereGetGets: status) ?? status
        var page = Self.page(in: entry, status: status, port: server.port, path: path)
        var body: String?
        // A page whose file is `*` sends the file the document root found.
        if let file = page?.file == "*" ? rootFile : page?.file {
            let read = files ?? { path in
                entry?.files.first { $0.path == path }.map { ServedFile(content: $0.content, modified: entry?.filesModified ?? 0) }
            }
            if let served = read(file), !served.isDirectory {
                body = served.content
                values["lastModified"] = Timestamp(seconds: served.modified).cFormat("%a, %d %b %Y %H:%M:%S GMT")
                values["mtimeHex"] = String(served.modified, radix: 16)
                values["mtimeMicrosHex"] = String(served.modified * 1_000_000, radix: 16)
            } else {
                status = page?.missingStatus ?? 404
                page = Self.page(in: entry, status: status, port: server.port, path: path)
            }
        }
        guard let page else {
            return HTTPResponse(status: status, headers: ["Content-Length: 0", "Date: \(httpDate)"], body: "")
        }
        let text = body ?? Self.fill(page.body, values) ?? ""
        values["length"] = String(text.utf8.count)
        values["lengthHex"] = String(text.utf8.count, radix: 16)
        return HTTPResponse(
            status: status, reason: page.reason, headers: page.headers.compactMap { Self.fill($0, values) }, body: text)
    }

    /// The first of the image's pages for `status` that answers `path` on `port`.
    private static func page(in entry: ImageCatalog.Image?, status: Int, port: Int, path: String) -> HTTPPage? {
        entry?.pages.first { page in
            page.status == status && (page.ports.isEmpty || page.ports.contains(port))
                && (page.paths.contains(path) || page.paths.contains("*"))
        }
    }

    /// What a directory's redirect names: `{redirectPath}` (the path with its slash, and the
    /// query), `{requestHost}` (the `Host` header without its port, else the pod's address) and
    /// `{localPortSuffix}` (`:PORT` of the port the server listens on, empty for 80), as nginx
    /// builds an absolute `Location`.
    private static func redirectValues(_ server: ReachedServer, path: String, query: String, host: String?) -> [String: String] {
        var name = host ?? ""
        if let colon = name.lastIndex(of: ":"), !name.hasSuffix("]") { name = String(name[..<colon]) }
        if name.isEmpty { name = server.pod[path: "status.podIP"].string ?? "" }
        return [
            "redirectPath": path + "/" + (query.isEmpty ? "" : "?" + query), "requestHost": name,
            "localPortSuffix": server.port == 80 ? "" : ":\(server.port)",
        ]
    }

    /// The virtual clock as an HTTP `Date` header value.
    public var httpDate: String { now.cFormat("%a, %d %b %Y %H:%M:%S GMT") }

    private func placeholderValues(for server: ReachedServer, query: String) -> [String: String] {
        var values = ["date": httpDate, "hostname": server.pod.name, "goNow": goNow(since: server.elapsedMilliseconds)]
        if case .found(let image) = runtime.images.lookup(server.image),
            let version = image.perTag[ImageReference(server.image).tag]?["version"]
        {
            values["version"] = version
        }
        for pair in query.split(separator: "&") {
            let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
            values["query:" + kv[0]] = kv.count > 1 ? kv[1].removingPercentEncoding : ""
        }
        return values
    }

    /// Go's `time.Now()` printed with `%v`: UTC, trailing zeros of the fraction cut, and the
    /// monotonic reading since the process started.
    private func goNow(since elapsed: Int64) -> String {
        var fraction = String(format3: Int((now.milliseconds % 1000 + 1000) % 1000))
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let wall = now.cFormat("%Y-%m-%d %H:%M:%S") + (fraction.isEmpty ? "" : "." + fraction)
        let seconds = elapsed / 1000
        let nanos = String(format3: Int(elapsed % 1000)) + "000000"
        return "\(wall) +0000 UTC m=+\(seconds).\(nanos)"
    }

    /// `text` with its placeholders filled in, or nil when one of them has no value. Braces
    /// around anything but a placeholder name (CSS in a page) stay as they are.
    static func fill(_ text: String, _ values: [String: String]) -> String? {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let key = String(rest[rest.index(after: open)..<close])
            let isPlaceholder = !key.isEmpty && !key.contains { $0 == " " || $0 == "\n" }
            if isPlaceholder {
                guard let value = values[key] else { return nil }
                result += value
            } else {
                result += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }

}

extension String {
    /// A number below 1000 with three digits.
    fileprivate init(format3 value: Int) {
        let digits = "\(value)"
        self = String(repeating: "0", count: Swift.max(0, 3 - digits.count)) + digits
    }

    /// `%XX` escapes decoded, `+` as a space, as a query string's values are read.
    fileprivate var removingPercentEncoding: String {
        var bytes: [UInt8] = []
        var utf8 = Array(self.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2,
                let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16)
            {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte == UInt8(ascii: "+") ? UInt8(ascii: " ") : byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
