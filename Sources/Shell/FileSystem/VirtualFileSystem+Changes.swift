/// Changes beyond writing and removing: metadata, moving and copying, as the file utilities need them.
extension VirtualFileSystem {
    /// Sets the owner and group of an existing path.
    @discardableResult
    public func setOwner(_ path: String, owner: String, group: String? = nil) -> Bool {
        guard let node = node(at: path) else { return false }
        node.owner = owner
        node.group = group ?? owner
        return true
    }

    /// Sets the modification time of an existing path (seconds since the epoch).
    @discardableResult
    public func setModified(_ path: String, _ seconds: Int64) -> Bool {
        guard let node = node(at: path) else { return false }
        node.modified = seconds
        return true
    }

    /// Moves a file or directory tree to `destination`, replacing a file there; both paths absolute.
    ///
    /// Returns false when the source is missing or the destination's parent is not a directory.
    @discardableResult
    public func move(_ source: String, to destination: String) -> Bool {
        let from = Self.components(of: source)
        let to = Self.components(of: destination)
        guard let name = from.last, let newName = to.last, let parent = node(atComponents: from.dropLast()),
            let moving = parent.children[name], let target = node(atComponents: to.dropLast()),
            target.kind == .directory
        else { return false }
        parent.children[name] = nil
        target.children[newName] = moving
        parent.modified = clock()
        target.modified = clock()
        return true
    }

    /// Copies a file, or a directory tree when `recursive`, to `destination` owned by `owner`.
    @discardableResult
    public func copy(_ source: String, to destination: String, owner: String) -> Bool {
        let to = Self.components(of: destination)
        guard let original = node(at: source), let newName = to.last,
            let target = node(atComponents: to.dropLast()), target.kind == .directory
        else { return false }
        if let existing = target.children[newName], existing.kind == .file, original.kind == .file {
            existing.contents = original.contents
            existing.programSize = original.programSize
            existing.modified = clock()
            return true
        }
        target.children[newName] = duplicate(original, owner: owner)
        target.modified = clock()
        return true
    }

    private func duplicate(_ node: Node, owner: String) -> Node {
        let copy = Node(kind: node.kind, contents: node.contents, mode: node.mode, owner: owner, modified: clock())
        copy.programSize = node.programSize
        for (name, child) in node.children { copy.children[name] = duplicate(child, owner: owner) }
        return copy
    }

    /// Whether `path` lies inside (or is) the directory `ancestor`.
    static func isWithin(_ path: String, _ ancestor: String) -> Bool {
        path == ancestor || ancestor == "/" || path.hasPrefix(ancestor + "/")
    }
}
