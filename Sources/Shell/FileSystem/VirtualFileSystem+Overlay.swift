extension VirtualFileSystem {
    /// The hard links `stat` reports for a directory at `path` with `subdirectories` below it.
    ///
    /// In a container's overlay root (`bindMounts` set), a directory that is both in the image
    /// and written since (a merged directory) counts one link, as overlayfs reports it; the lab's
    /// containers' directories are all such, so every directory outside a bind mount counts one.
    /// Bind-mounted trees are the host's own file system: 2 plus the subdirectories.
    func directoryLinks(at path: String, subdirectories: Int) -> Int {
        guard let mounts = bindMounts else { return 2 + subdirectories }
        let parts = Self.components(of: path)
        let mounted = mounts.contains { mount in
            let prefix = Self.components(of: mount)
            return !prefix.isEmpty && parts.starts(with: prefix)
        }
        return mounted ? 2 + subdirectories : 1
    }
}
