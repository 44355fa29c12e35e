/// Bind mounts: one directory or file seen from two trees, as a container sees a node's
/// directory (a volume) and both see every change the other makes.
extension VirtualFileSystem {
    /// Makes `target` the entry `source` names in `other`, creating `target`'s parents; returns
    /// false when `source` is missing or a file is in the way.
    @discardableResult
    public func bind(_ target: String, to source: String, in other: VirtualFileSystem) -> Bool {
        guard let shared = other.node(at: source) else { return false }
        let parts = Self.components(of: target)
        guard let name = parts.last, let parent = makeDirectories(parts.dropLast(), mode: 0o755, owner: "root") else {
            return false
        }
        parent.children[name] = shared
        return true
    }

    /// Whether `path` in this tree and `source` in `other` are one and the same entry.
    public func isBound(_ path: String, to source: String, in other: VirtualFileSystem) -> Bool {
        guard let mine = node(at: path), let theirs = other.node(at: source) else { return false }
        return mine === theirs
    }
}
