/// The host's files as a client program sees them through the operating system, for
/// `kubectl cp`; paths are relative to the shell's working directory. Errors are Go's `os`
/// texts (`open /etc/x: permission denied`).
public protocol LocalFiles: AnyObject {
    /// What is at `path`: nil when nothing is.
    func stat(_ path: String) -> LocalFileInfo?
    /// A regular file's contents.
    func read(_ path: String) -> String?
    /// A directory's entry names, sorted as Go's `os.ReadDir` sorts them.
    func list(_ directory: String) -> [String]
    /// `os.MkdirAll(path, 0755)`: nil on success, else the error text.
    func makeDirectories(_ path: String) -> String?
    /// `os.Create(path)` and a write of `contents`: nil on success, else the error text.
    func create(_ path: String, _ contents: String) -> String?
}

/// A file's kind, mode bits and modification time, as `os.Lstat` reports them.
public struct LocalFileInfo: Equatable, Sendable {
    public var isDirectory: Bool
    public var mode: UInt16
    public var modified: Int64

    public init(isDirectory: Bool, mode: UInt16, modified: Int64) {
        self.isDirectory = isDirectory
        self.mode = mode
        self.modified = modified
    }
}
