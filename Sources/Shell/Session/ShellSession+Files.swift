extension ShellSession {
    /// A path made absolute against the working directory and normalized.
    public func resolve(_ path: String) -> String {
        VirtualFileSystem.normalize(path, relativeTo: cwd)
    }

    /// Reads a file as this session's user; relative paths start at `cwd`.
    public func readFile(_ path: String) throws(FileError) -> String {
        if let device = deviceContents(path) { return device }
        return try filesystem.readFile(path, from: cwd, user: user)
    }

    /// Writes or appends to a file as this session's user; relative paths start at `cwd`. A new
    /// file gets `permissions` less the umask, as `open(2)` gives it.
    public func writeFile(
        _ path: String, _ contents: String, append: Bool = false, permissions: UInt16 = 0o666
    ) throws(FileError) {
        try filesystem.writeFile(path, contents, append: append, from: cwd, user: user, mode: permissions & ~umask)
    }
}
