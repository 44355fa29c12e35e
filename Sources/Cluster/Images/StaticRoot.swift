/// The directory a server sends its files from, and how it finds the file a path names, as
/// nginx's index and static modules do: a directory named with its closing slash is its first
/// index file (forbidden without one, as nothing lists it), named without it is redirected to
/// it, and a file is itself, sent with the type its extension maps to.
public struct StaticRoot: Sendable, Equatable {
    public var directory: String
    public var index: [String] = ["index.html"]
    /// Content types by lowercased file extension (the server's `mime.types`).
    public var types: [String: String] = [:]
    /// The type of a file whose extension is not listed (`default_type`).
    public var defaultType = "application/octet-stream"

    public init(directory: String) { self.directory = directory }

    /// What a request for `path` comes to.
    public enum Outcome: Equatable, Sendable {
        /// The container file to send.
        case file(String)
        /// A directory named without its slash: 301 to the path with it.
        case redirect
        /// A directory without an index file: 403.
        case forbidden
        /// Nothing there: 404.
        case missing
    }

    /// Where `path` leads under the root, `read` telling files from directories.
    public func outcome(for path: String, read: (String) -> ServedFile?) -> Outcome {
        let full = directory + path
        if path.hasSuffix("/") {
            guard read(full)?.isDirectory == true else { return .missing }
            for name in index where read(full + name)?.isDirectory == false { return .file(full + name) }
            return .forbidden
        }
        guard let found = read(full) else { return .missing }
        return found.isDirectory ? .redirect : .file(full)
    }

    /// The content type the server sends `file` with.
    public func contentType(of file: String) -> String {
        let name = file.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: ".") else { return defaultType }
        return types[name[name.index(after: dot)...].lowercased()] ?? defaultType
    }
}
