/// Why a path could not be used, worded as the C library's `strerror` words it.
public enum FileError: Error, Equatable, Sendable {
    case noSuchFile, isDirectory, notADirectory, permissionDenied, exists, notEmpty, tooManyLinks

    public var message: String {
        switch self {
        case .noSuchFile: noSuchFileMessage
        case .isDirectory: isDirectoryMessage
        case .notADirectory: notADirectoryMessage
        case .permissionDenied: permissionDeniedMessage
        case .exists: "File exists"
        case .notEmpty: "Directory not empty"
        case .tooManyLinks: "Too many levels of symbolic links"
        }
    }
}

extension VirtualFileSystem {
    /// Resolves a path the way the kernel does for `user`, one component at a time, following
    /// symbolic links (the last one only when `followLast`).
    ///
    /// Each step must be a searchable directory. Returns the physical path and its entry,
    /// or a nil entry when only the last component is missing.
    public func lookup(_ path: String, from directory: String, user: String, followLast: Bool = true) throws(FileError) -> (
        path: String, entry: Entry?
    ) {
        let (parts, node) = try resolve(path, from: directory, user: user, followLast: followLast || path.hasSuffix("/"))
        let normalized = "/" + parts.joined(separator: "/")
        guard let node else { return (normalized, nil) }
        if path.hasSuffix("/"), node.kind != .directory { throw .notADirectory }
        return (normalized, entry(of: node, at: normalized))
    }

    /// Reads a file as `user` would with `open(2)`: missing, directory and permission errors.
    public func readFile(_ path: String, from directory: String, user: String) throws(FileError) -> String {
        let (resolved, entry) = try lookup(path, from: directory, user: user)
        guard let entry, let node = node(at: resolved) else { throw .noSuchFile }
        guard Self.allows(node, user: user, 0o4) else { throw .permissionDenied }
        guard entry.kind == .file else { throw .isDirectory }
        return node.contents
    }

    /// Writes or appends to a file as `user`, creating it (owned by `user`, with `mode`) if it is missing.
    public func writeFile(
        _ path: String, _ contents: String, append: Bool, from directory: String, user: String, mode: UInt16 = 0o664
    ) throws(FileError) {
        let (resolved, entry) = try lookup(path, from: directory, user: user)
        if let entry, let node = node(at: resolved) {
            guard entry.kind == .file else { throw .isDirectory }
            guard Self.allows(node, user: user, 0o2) else { throw .permissionDenied }
            node.contents = append ? node.contents + contents : contents
            node.modified = clock()
            return
        }
        if path.hasSuffix("/") { throw .isDirectory }
        let parts = Self.components(of: resolved)
        guard let parent = node(atComponents: parts.dropLast()) else { throw .noSuchFile }
        guard Self.allows(parent, user: user, 0o2) else { throw .permissionDenied }
        write(resolved, contents, mode: mode, owner: user)
    }

    /// Whether `user` holds permission `bit` (4 read, 2 write, 1 search) on `node`; groups are not modelled.
    static func allows(_ node: Node, user: String, _ bit: UInt16) -> Bool {
        if user == "root" { return true }
        let bits = node.owner == user ? node.mode >> 6 : node.mode
        return bits & bit != 0
    }
}

private let noSuchFileMessage = "No such file or directory"
private let isDirectoryMessage = "Is a directory"
private let notADirectoryMessage = "Not a directory"
private let permissionDeniedMessage = "Permission denied"

extension VirtualFileSystem {
    /// Whether `user` may create or remove names in the directory at `path` (its write bit).
    public func canWrite(_ path: String, user: String) -> Bool {
        guard let node = node(at: path) else { return false }
        return Self.allows(node, user: user, 0o2)
    }

    /// Whether `user` may list the directory at `path` (its read and search bits).
    func canRead(_ path: String, user: String) -> Bool {
        guard let node = node(at: path) else { return false }
        return Self.allows(node, user: user, 0o4) && Self.allows(node, user: user, 0o1)
    }

    /// Whether `user` may enter the directory at `path` (its search bit).
    func canSearch(_ path: String, user: String) -> Bool {
        guard let node = node(at: path) else { return false }
        return Self.allows(node, user: user, 0o1)
    }
}
