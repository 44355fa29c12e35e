/// A character device's numbers, as `ls -l` shows them in place of a size.
public struct DeviceNumber: Sendable, Equatable {
    public var major: Int
    public var minor: Int

    public init(_ major: Int, _ minor: Int) {
        self.major = major
        self.minor = minor
    }
}

/// An in-memory file tree for the simulated host; nothing here touches the real filesystem.
///
/// Paths are absolute (`/a/b`); `..` never climbs above `/`. Symbolic links are followed
/// (`+Links.swift`); their targets are paths in this same tree, so they cannot lead out of it.
/// Not thread-safe.
public final class VirtualFileSystem {
    /// What a path names.
    public enum Kind: Sendable, Equatable {
        case file, directory, symlink
    }

    /// A snapshot of one file or directory's metadata.
    public struct Entry: Sendable, Equatable {
        public var kind: Kind
        public var mode: UInt16
        public var owner: String
        /// The size in bytes of a file's contents (UTF-8); 0 for a directory.
        public var size: Int
        public var group: String
        /// The last modification, in seconds since the epoch on the virtual clock.
        public var modified: Int64
        /// The hard links a directory listing counts: 1 for a file, 2 plus its subdirectories for a directory.
        public var links: Int
        /// What a symbolic link points to, as written; nil for anything else.
        public var target: String?
        /// A character device's major and minor numbers; nil for anything else.
        public var device: DeviceNumber?
        /// The size a directory on an in-memory file system (tmpfs, devpts) lists with; nil on disk.
        public var memoryDirectorySize: Int?

        public init(
            kind: Kind, mode: UInt16, owner: String, size: Int, group: String? = nil, modified: Int64 = 0,
            links: Int = 1, target: String? = nil
        ) {
            self.kind = kind
            self.mode = mode
            self.owner = owner
            self.size = size
            self.group = group ?? owner
            self.modified = modified
            self.links = links
            self.target = target
        }
    }

    /// One node of the tree.
    final class Node {
        var kind: Kind
        /// What the file holds; a live file's text is made afresh at each read.
        var contents: String {
            get { live?() ?? written }
            set {
                written = newValue
                live = nil
                programSize = nil
            }
        }
        private var written: String
        /// Set for a file the kernel writes as it is read (`/proc/mounts`), until something else is written.
        var live: (() -> String)?
        /// The size of a program whose bytes the simulation does not hold (`writeProgram`), or of
        /// a directory on an in-memory file system; writing contents forgets it.
        var programSize: Int?
        var mode: UInt16
        var owner: String
        var group: String
        var modified: Int64
        var children: [String: Node] = [:]
        /// The names a file has (hard links).
        var names = 1
        /// Set for a character device (`/dev/null` is 1, 3).
        var device: DeviceNumber?

        init(kind: Kind, contents: String = "", mode: UInt16, owner: String, group: String? = nil, modified: Int64) {
            self.kind = kind
            self.written = contents
            self.mode = mode
            self.owner = owner
            self.group = group ?? owner
            self.modified = modified
        }
    }

    let root: Node
    /// The virtual clock in seconds since the epoch; new and changed entries take its time.
    public var clock: () -> Int64
    /// Set for a container's overlay root: the container paths bind-mounted from the host
    /// (see `directoryLinks`); nil for an ordinary file system.
    public var bindMounts: [String]?

    public init(clock: @escaping () -> Int64 = { 0 }) {
        self.clock = clock
        root = Node(kind: .directory, mode: 0o755, owner: "root", modified: clock())
    }

    /// Writes a file, creating missing parent directories (mode 0755, same owner).
    ///
    /// Returns false when a parent is a file or the path names a directory.
    @discardableResult
    public func write(_ path: String, _ contents: String, mode: UInt16 = 0o644, owner: String = "root") -> Bool {
        let parts = Self.components(of: path)
        guard let name = parts.last,
            let parent = makeDirectories(parts.dropLast(), mode: 0o755, owner: owner)
        else { return false }
        if var existing = parent.children[name] {
            if existing.kind == .symlink, let followed = node(atComponents: parts[...]) { existing = followed }
            guard existing.kind == .file else { return false }
            existing.contents = contents
            existing.mode = mode
            existing.owner = owner
            existing.group = owner
            existing.modified = clock()
        } else {
            parent.children[name] = Node(kind: .file, contents: contents, mode: mode, owner: owner, modified: clock())
            parent.modified = clock()
        }
        return true
    }

    /// Writes a file whose text `contents` makes each time it is read, as `/proc` files are.
    public func writeLive(_ path: String, mode: UInt16 = 0o444, contents: @escaping () -> String) {
        guard write(path, "", mode: mode), let node = node(at: path) else { return }
        node.live = contents
    }

    /// Writes an executable whose bytes the simulation does not hold: it lists with `size`, and
    /// running it runs the command of its name.
    @discardableResult
    public func writeProgram(_ path: String, size: Int, mode: UInt16 = 0o755, owner: String = "root") -> Bool {
        guard write(path, "", mode: mode, owner: owner), let node = node(at: path) else { return false }
        node.programSize = size
        return true
    }

    /// Makes a character device node (`mknod path c MAJOR MINOR`).
    @discardableResult
    public func makeDevice(_ path: String, _ device: DeviceNumber, mode: UInt16 = 0o666) -> Bool {
        guard write(path, "", mode: mode), let node = node(at: path) else { return false }
        node.device = device
        return true
    }

    /// Makes a directory that lists as one on an in-memory file system does, `size` bytes.
    @discardableResult
    public func makeMemoryDirectory(_ path: String, size: Int, mode: UInt16) -> Bool {
        guard makeDirectory(path, mode: mode), let node = node(at: path), node.kind == .directory else { return false }
        node.programSize = size
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

    /// Metadata for a path (what a link leads to), or nil when it does not exist.
    public func entry(_ path: String) -> Entry? {
        guard let node = node(at: path) else { return nil }
        return entry(of: node, at: path)
    }

    func entry(of node: Node, at path: String) -> Entry? {
        if node.kind == .symlink {
            return Entry(
                kind: .symlink, mode: 0o777, owner: node.owner, size: node.contents.utf8.count, group: node.group,
                modified: node.modified, target: node.contents)
        }
        let links =
            node.kind == .file
            ? node.names : directoryLinks(at: path, subdirectories: node.children.values.count { $0.kind == .directory })
        var entry = Entry(
            kind: node.kind, mode: node.mode, owner: node.owner,
            size: node.kind == .file ? node.programSize ?? node.contents.utf8.count : 0, group: node.group,
            modified: node.modified,
            links: links)
        entry.device = node.device
        if node.kind == .directory { entry.memoryDirectorySize = node.programSize }
        return entry
    }

    /// Removes a file or a whole directory tree; `/` itself cannot be removed.
    @discardableResult
    public func remove(_ path: String) -> Bool {
        let parts = Self.components(of: path)
        guard let name = parts.last, let parent = node(atComponents: parts.dropLast()),
            let removed = parent.children[name]
        else { return false }
        if removed.kind == .file { removed.names -= 1 }
        parent.children[name] = nil
        parent.modified = clock()
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
        for part in rawParts(of: path) {
            switch part {
            case ".": continue
            case "..": if !result.isEmpty { result.removeLast() }
            default: result.append(part)
            }
        }
        return result
    }

    /// The node at `path`, following symbolic links on the way and at the end.
    func node(at path: String) -> Node? {
        (try? resolve(path))?.node
    }

    func node(atComponents parts: ArraySlice<String>) -> Node? {
        node(at: "/" + parts.joined(separator: "/"))
    }

    func makeDirectories(_ parts: ArraySlice<String>, mode: UInt16, owner: String) -> Node? {
        var current = root
        var walked: [String] = []
        for part in parts {
            defer { walked.append(part) }
            if var next = current.children[part] {
                if next.kind == .symlink, let followed = node(at: "/" + walked.joined(separator: "/") + "/" + part) {
                    next = followed
                }
                guard next.kind == .directory else { return nil }
                current = next
            } else {
                let created = Node(kind: .directory, mode: mode, owner: owner, modified: clock())
                current.children[part] = created
                current.modified = clock()
                current = created
            }
        }
        return current
    }
}
