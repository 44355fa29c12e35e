/// Why a path could not be used, worded as the C library's `strerror` words it.
public enum FileError: Error, Equatable, Sendable {
    case noSuchFile, isDirectory, notADirectory, permissionDenied, exists, notEmpty

    public var message: String {
        switch self {
        case .noSuchFile: noSuchFileMessage
        case .isDirectory: isDirectoryMessage
        case .notADirectory: notADirectoryMessage
        case .permissionDenied: permissionDeniedMessage
        case .exists: "File exists"
        case .notEmpty: "Directory not empty"
        }
    }
}

extension VirtualFileSystem {
    /// Resolves a path the way the kernel does for `user`, one component at a time.
    ///
    /// Each step must be a searchable directory. Returns the normalized path and its entry,
    /// or a nil entry when only the last component is missing.
    public func lookup(_ path: String, from directory: String, user: String) throws(FileError) -> (
        path: String, entry: Entry?
    ) {
        var stack: [(name: String, node: Node)] = []
        if !path.hasPrefix("/") {
            for part in Self.components(of: directory) {
                guard let node = node(atComponents: stack.map(\.name)[...] + [part]) else { throw .noSuchFile }
                stack.append((part, node))
            }
        }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        for (index, part) in parts.enumerated() {
            let current = stack.last?.node ?? root
            guard current.kind == .directory else { throw .notADirectory }
            guard Self.allows(current, user: user, 0o1) else { throw .permissionDenied }
            switch part {
            case ".": continue
            case "..": if !stack.isEmpty { stack.removeLast() }
            default:
                guard let next = current.children[String(part)] else {
                    if index == parts.count - 1 {
                        let normalized = "/" + (stack.map(\.name) + [String(part)]).joined(separator: "/")
                        return (normalized, nil)
                    }
                    throw .noSuchFile
                }
                stack.append((String(part), next))
            }
        }
        let final = stack.last?.node ?? root
        if path.hasSuffix("/"), final.kind != .directory { throw .notADirectory }
        let normalized = "/" + stack.map(\.name).joined(separator: "/")
        return (normalized, entry(normalized))
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

    /// Whether `user` may enter the directory at `path` (its search bit).
    func canSearch(_ path: String, user: String) -> Bool {
        guard let node = node(at: path) else { return false }
        return Self.allows(node, user: user, 0o1)
    }
}
