/// An in-memory file tree for the simulated host; nothing here touches the real filesystem.
///
/// Paths are absolute and normalized (`/a/b`); `.` and `..` are resolved lexically and `..`
/// never climbs above `/`. Not thread-safe.
public final class VirtualFileSystem {
    /// What a path names.
    public enum Kind: Sendable, Equatable {
        case file, directory
    }

    /// A snapshot of one file or directory's metadata.
    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var mode: UInt16
        public var owner: String
        /// The size in bytes of a file's contents (UTF-8); 0 for a directory.
        public var size: Int

        public init(kind: Kind, mode: UInt16, owner: String, size: Int) {
            self.kind = kind
            self.mode = mode
            self.owner = owner
            self.size = size
        }
    }

    /// One node of the tree.
    final class Node {
        var kind: Kind
        var contents: String
        var mode: UInt16
        var owner: String
        var children: [String: Node] = [:]

        init(kind: Kind, contents: String = "", mode: UInt16, owner: String) {
            self.kind = kind
            self.contents = contents
            self.mode = mode
            self.owner = owner
        }
    }

    let root = Node(kind: .directory, mode: 0o755, owner: "root")

    public init() {}

    /// Writes a file, creating missing parent directories (mode 0755, same owner).
    ///
    /// Returns false when a parent is a file or the path names a directory.
    @discardableResult
    public func write(_ path: String, _ contents: String, mode: UInt16 = 0o644, owner: String = "root") -> Bool {
        let parts = Self.components(of: path)
        guard let name = parts.last,
            let parent = makeDirectories(parts.dropLast(), mode: 0o755, owner: owner)
        else { return false }
        if let existing = parent.children[name] {
            guard existing.kind == .file else { return false }
            existing.contents = contents
            existing.mode = mode
            existing.owner = owner
        } else {
            parent.children[name] = Node(kind: .file, contents: contents, mode: mode, owner: owner)
        }
        return true
    }

    /// Creates a directory and any missing parents; returns false when a file is in the way.
    @discardableResult
    public func makeDirectory(_ path: String, mode: UInt16 = 0o755, owner: String = "root") -> Bool {
        makeDirectories(Self.components(of: path)[...], mode: mode, owner: owner) != nil
    }

    /// The contents of a file, or nil when the path is missing or a directory.
    public func read(_ path: String) -> String? {
        guard let node = node(at: path), node.kind == .file else { return nil }
        return node.contents
    }

    public func exists(_ path: String) -> Bool { node(at: path) != nil }

    public func isDirectory(_ path: String) -> Bool { node(at: path)?.kind == .directory }

    public func isFile(_ path: String) -> Bool { node(at: path)?.kind == .file }

    /// The names in a directory, sorted by code point, or nil when it is not a directory.
    public func list(_ path: String) -> [String]? {
        guard let node = node(at: path), node.kind == .directory else { return nil }
        return node.children.keys.sorted(by: codePointOrder)
    }

    /// Metadata for a path, or nil when it does not exist.
    public func entry(_ path: String) -> Entry? {
        guard let node = node(at: path) else { return nil }
        return Entry(
            kind: node.kind, mode: node.mode, owner: node.owner, size: node.kind == .file ? node.contents.utf8.count : 0
        )
    }

    /// Removes a file or a whole directory tree; `/` itself cannot be removed.
    @discardableResult
    public func remove(_ path: String) -> Bool {
        let parts = Self.components(of: path)
        guard let name = parts.last, let parent = node(atComponents: parts.dropLast()),
            parent.children[name] != nil
        else { return false }
        parent.children[name] = nil
        return true
    }

    /// Changes the permission bits of an existing path.
    @discardableResult
    public func setMode(_ path: String, _ mode: UInt16) -> Bool {
        guard let node = node(at: path) else { return false }
        node.mode = mode
        return true
    }

    /// Joins `path` to `directory` unless it is absolute, then normalizes it.
    public static func normalize(_ path: String, relativeTo directory: String = "/") -> String {
        let joined = path.hasPrefix("/") ? path : directory + "/" + path
        return "/" + components(of: joined).joined(separator: "/")
    }

    /// The names along a path after resolving `.` and `..` lexically.
    static func components(of path: String) -> [String] {
        var result: [String] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": if !result.isEmpty { result.removeLast() }
            default: result.append(String(part))
            }
        }
        return result
    }

    func node(at path: String) -> Node? {
        node(atComponents: Self.components(of: path)[...])
    }

    func node(atComponents parts: ArraySlice<String>) -> Node? {
        var current = root
        for part in parts {
            guard current.kind == .directory, let next = current.children[part] else { return nil }
            current = next
        }
        return current
    }

    private func makeDirectories(_ parts: ArraySlice<String>, mode: UInt16, owner: String) -> Node? {
        var current = root
        for part in parts {
            if let next = current.children[part] {
                guard next.kind == .directory else { return nil }
                current = next
            } else {
                let created = Node(kind: .directory, mode: mode, owner: owner)
                current.children[part] = created
                current = created
            }
        }
        return current
    }
}
