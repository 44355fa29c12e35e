/// Symbolic links: a node whose contents are a path, followed the way the kernel follows them.
///
/// A target is a path in this same tree (absolute from its `/`, relative from the link's
/// directory), so no link can lead outside it; `..` stops at `/`.
extension VirtualFileSystem {
    /// The kernel's limit on links followed in one lookup (`MAXSYMLINKS`).
    static let maximumLinks = 40

    /// Walks `path` (relative paths from `directory`), following links in the middle and, when
    /// `followLast`, at the end. With `user`, every directory passed must be searchable by them.
    ///
    /// Returns the physical names along the way and the node, or a nil node when only the last
    /// name is missing.
    func resolve(
        _ path: String, from directory: String = "/", user: String? = nil, followLast: Bool = true
    ) throws(FileError) -> (parts: [String], node: Node?) {
        // The working directory is already entered: its own ancestors' permissions do not count.
        let start = path.hasPrefix("/") ? [] : Self.rawParts(of: directory).map { (name: $0, checked: false) }
        var pending = Array((start + Self.rawParts(of: path).map { (name: $0, checked: true) }).reversed())
        var stack: [(name: String, node: Node)] = []
        var hops = 0
        while let (part, checked) = pending.popLast() {
            let current = stack.last?.node ?? root
            guard current.kind == .directory else { throw .notADirectory }
            if checked, let user, !Self.allows(current, user: user, 0o1) { throw .permissionDenied }
            switch part {
            case ".": continue
            case "..":
                if !stack.isEmpty { stack.removeLast() }
                continue
            default: break
            }
            guard let next = current.children[part] else {
                if pending.allSatisfy({ $0.name == "." }) { return (stack.map(\.name) + [part], nil) }
                throw .noSuchFile
            }
            if next.kind == .symlink, followLast || !pending.isEmpty {
                hops += 1
                guard hops <= Self.maximumLinks else { throw .tooManyLinks }
                guard !next.contents.isEmpty else { throw .noSuchFile }
                if next.contents.hasPrefix("/") { stack.removeAll() }
                pending.append(contentsOf: Self.rawParts(of: next.contents).map { (name: $0, checked: true) }.reversed())
                continue
            }
            stack.append((part, next))
        }
        return (stack.map(\.name), stack.last?.node ?? root)
    }

    /// The names between the slashes of `path`, empty ones left out; read byte by byte, as every
    /// lookup starts here.
    static func rawParts(of path: String) -> [String] {
        var parts: [String] = []
        var path = path
        path.withUTF8 { bytes in
            var start = 0
            for index in 0...bytes.count where index == bytes.count || bytes[index] == UInt8(ascii: "/") {
                if index > start { parts.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) }
                start = index + 1
            }
        }
        return parts
    }

    /// Creates a symbolic link at `path` pointing to `target`; false when `path` exists or its
    /// directory is missing.
    @discardableResult
    public func makeLink(_ path: String, to target: String, owner: String = "root") -> Bool {
        let parts = Self.components(of: path)
        guard let name = parts.last, let parent = node(atComponents: parts.dropLast()), parent.kind == .directory,
            parent.children[name] == nil
        else { return false }
        let link = Node(kind: .symlink, contents: target, mode: 0o777, owner: owner, modified: clock())
        parent.children[name] = link
        parent.modified = clock()
        return true
    }

    /// Makes `path` a second name for the file at `existing` (a hard link).
    @discardableResult
    public func makeHardLink(_ path: String, to existing: String) -> Bool {
        let parts = Self.components(of: path)
        guard let original = node(at: existing), original.kind != .directory, let name = parts.last,
            let parent = node(atComponents: parts.dropLast()), parent.kind == .directory, parent.children[name] == nil
        else { return false }
        parent.children[name] = original
        original.names += 1
        parent.modified = clock()
        return true
    }

    /// Metadata for `path` itself, not following a link at its end (`lstat`).
    public func linkEntry(_ path: String) -> Entry? {
        guard let (parts, node) = try? resolve(path, followLast: false), let node else { return nil }
        return entry(of: node, at: "/" + parts.joined(separator: "/"))
    }

    /// The target a symbolic link holds, or nil when `path` is not a link.
    public func linkTarget(_ path: String) -> String? {
        linkEntry(path)?.target
    }

    /// The path with every link followed (`realpath`); the last name may be missing.
    public func canonicalPath(_ path: String, from directory: String = "/") throws(FileError) -> (path: String, exists: Bool) {
        let (parts, node) = try resolve(path, from: directory)
        return ("/" + parts.joined(separator: "/"), node != nil)
    }

    /// The canonical path of an existing `path`, or nil.
    func canonicalPathOrNil(_ path: String) -> String? {
        guard let (path, exists) = try? canonicalPath(path), exists else { return nil }
        return path
    }
}
