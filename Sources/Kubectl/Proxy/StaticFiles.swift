import Cluster
import KubeAPI

/// `kubectl proxy --www=DIR --www-prefix=PREFIX`: Go's `http.StripPrefix(PREFIX,
/// http.FileServer(http.Dir(DIR)))` over the host's files. A directory is listed, or its
/// `index.html` served; a directory without its closing slash, a file with one, and any
/// `.../index.html` are redirected to their canonical path.
struct StaticFiles {
    /// Ends in `/`.
    let prefix: String
    /// The directory, absolute (kubectl's working directory does not change while it serves).
    let base: String
    weak var files: (any LocalFiles)?

    /// Whether the ServeMux hands `path` to the file server rather than to the API proxy under
    /// `apiPrefix`: the longer of the two patterns that match wins.
    func serves(_ path: String, apiPrefix: String) -> Bool {
        path.hasPrefix(prefix) && (!path.hasPrefix(apiPrefix) || prefix.count > apiPrefix.count)
    }

    /// The response to `METHOD path?query` (the path begins with the prefix); `date` is the
    /// server's `Date`.
    func respond(method: String, path: String, query: String, date: String) -> HTTPResponse {
        var upath = String(path.dropFirst(prefix.count))
        if !upath.hasPrefix("/") { upath = "/" + upath }
        func redirect(_ location: String) -> HTTPResponse {
            let target = location + (query.isEmpty ? "" : "?" + query)
            return HTTPResponse(status: 301, headers: ["Location: \(target)", "Date: \(date)", "Content-Length: 0"], body: "")
        }
        if upath.hasSuffix("/index.html") { return redirect("./") }
        let name = GoPath.clean(upath)
        let full = base == "/" ? name : base + (name == "/" ? "" : name)
        guard let files, let info = files.stat(full) else { return notFound(date) }
        if info.isDirectory, !upath.hasSuffix("/") { return redirect(GoPath.base(upath) + "/") }
        if !info.isDirectory, upath.hasSuffix("/") {
            let last = GoPath.base(upath)
            return redirect("../" + (last == "/" || last == "." ? "" : last))
        }
        if info.isDirectory {
            let index = (full.hasSuffix("/") ? full : full + "/") + "index.html"
            if let indexInfo = files.stat(index), !indexInfo.isDirectory {
                return content(named: "index.html", path: index, modified: indexInfo.modified, method: method, date: date)
            }
            return listing(full, modified: info.modified, method: method, date: date)
        }
        return content(named: GoPath.base(name), path: full, modified: info.modified, method: method, date: date)
    }

    /// `serveContent`: the file with its type (from its extension, else sniffed), length and time.
    private func content(named name: String, path: String, modified: Int64, method: String, date: String) -> HTTPResponse {
        guard let text = files?.read(path) else { return notFound(date) }
        let type = GoMIME.type(forExtensionOf: name) ?? GoMIME.sniff(text)
        var headers = ["Accept-Ranges: bytes", "Content-Length: \(text.utf8.count)", "Content-Type: \(type)"]
        if modified > 0 { headers.append("Last-Modified: \(Self.httpTime(modified))") }
        headers.append("Date: \(date)")
        return HTTPResponse(status: 200, headers: headers, body: method == "HEAD" ? "" : text)
    }

    /// `dirList`: each entry, sorted by name, a directory with a slash, as a link in a `<pre>`
    /// (`htmlReplacer` escapes as the template's HTML escaping does; a name never holds a NUL).
    private func listing(_ directory: String, modified: Int64, method: String, date: String) -> HTTPResponse {
        var body = "<!doctype html>\n<meta name=\"viewport\" content=\"width=device-width\">\n<pre>\n"
        for entry in files?.list(directory) ?? [] {
            let isDirectory = files?.stat(directory + "/" + entry)?.isDirectory ?? false
            let name = entry + (isDirectory ? "/" : "")
            body += "<a href=\"\(Self.href(name))\">\(GoEscaping.html(name))</a>\n"
        }
        body += "</pre>\n"
        var headers = ["Content-Type: text/html; charset=utf-8"]
        if modified > 0 { headers.append("Last-Modified: \(Self.httpTime(modified))") }
        headers.append("Date: \(date)")
        // Go's HTTP/1.1 server knows the length of what fits its 2 KiB buffer.
        if body.utf8.count <= 2048 {
            headers.append("Content-Length: \(body.utf8.count)")
        } else if method != "HEAD" {
            headers.append("Transfer-Encoding: chunked")
        }
        return HTTPResponse(status: 200, headers: headers, body: method == "HEAD" ? "" : body)
    }

    /// `url.URL{Path: name}.String()`: the path escaped, and `./` before a first segment with a
    /// colon, which would read as a scheme.
    private static func href(_ name: String) -> String {
        let escaped = GoURL.escape(name, .path)
        return name.prefix { $0 != "/" }.contains(":") ? "./" + escaped : escaped
    }

    private func notFound(_ date: String) -> HTTPResponse { APIProxy.plainError(404, "404 page not found", date: date) }

    /// `http.TimeFormat` of seconds since the epoch.
    private static func httpTime(_ seconds: Int64) -> String { Timestamp(seconds: seconds).cFormat("%a, %d %b %Y %H:%M:%S GMT") }
}
