/// What an image's HTTP server answers for a set of paths: status, headers in the order the
/// server sends them, and a body that is either the page's own text or a file of the container.
///
/// Headers and body may hold placeholders: `{version}` (the tag's version), `{date}` (the
/// virtual clock as an HTTP date), `{length}` and `{lengthHex}` (the body's bytes),
/// `{lastModified}`, `{mtimeHex}` and `{mtimeMicrosHex}` (the served file's modification time),
/// `{hostname}` (the pod's name), `{query:NAME}` and `{goNow}` (Go's `time.Now()` as `%v` prints it),
/// `{contentType}` (the type the server's `StaticRoot` gives the file it found), and for a
/// directory's redirect `{requestHost}`, `{localPortSuffix}` and `{redirectPath}`.
public struct HTTPPage: Sendable {
    /// Paths this page answers; `*` answers every path.
    public var paths: [String]
    /// Ports this page is served on; empty for every port.
    public var ports: [Int] = []
    public var status: Int
    public var reason: String
    public var headers: [String]
    /// The body when the server writes it itself (error pages, agnhost's answers).
    public var body: String
    /// The container file the server sends instead (a static page), read when the request comes;
    /// `*` for the file the server's document root finds for the path.
    public var file: String?
    /// The status the server answers when `file` is missing (nginx forbids a directory without
    /// its index, 403; a missing file is 404).
    public var missingStatus = 404
}
