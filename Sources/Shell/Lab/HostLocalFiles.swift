import Kubectl

/// The host's files as the learner's user reaches them through system calls, for `kubectl cp`:
/// relative paths start at the shell's working directory, and errors read as Go's `os` errors.
final class HostLocalFiles: LocalFiles {
    private unowned let shell: ShellSession

    init(shell: ShellSession) { self.shell = shell }

    private var fs: VirtualFileSystem { shell.filesystem }

    func stat(_ path: String) -> LocalFileInfo? {
        guard let found = try? fs.lookup(path, from: shell.cwd, user: shell.user), let entry = found.entry else {
            return nil
        }
        return LocalFileInfo(isDirectory: entry.kind == .directory, mode: entry.mode, modified: entry.modified)
    }

    func read(_ path: String) -> String? { try? shell.readFile(path) }

    func list(_ directory: String) -> [String] {
        (fs.list(shell.resolve(directory)) ?? []).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    func makeDirectories(_ path: String) -> String? { makeDirectories(path, mode: 0o775) }

    /// Each missing directory of `path` made with `mode`.
    func makeDirectories(_ path: String, mode: UInt16) -> String? {
        let rooted = path.hasPrefix("/")
        var given = rooted ? "" : nil as String?
        for part in path.split(separator: "/") {
            let prefix = given.map { $0 + "/" + part } ?? String(part)
            given = prefix
            if let info = stat(prefix) {
                if !info.isDirectory { return "mkdir \(prefix): not a directory" }
                continue
            }
            let resolved = shell.resolve(prefix)
            let parent = VirtualFileSystem.components(of: resolved).dropLast()
            guard let node = fs.node(atComponents: parent), VirtualFileSystem.allows(node, user: shell.user, 0o3) else {
                return "mkdir \(prefix): permission denied"
            }
            fs.makeDirectory(resolved, mode: mode, owner: shell.user)
        }
        return nil
    }

    func create(_ path: String, _ contents: String) -> String? { create(path, contents, permissions: 0o666) }

    /// `os.WriteFile(path, contents, permissions)`: a new file gets `permissions` less the umask;
    /// one that exists keeps its mode.
    func create(_ path: String, _ contents: String, permissions: UInt16) -> String? {
        do throws(FileError) {
            try shell.writeFile(path, contents, permissions: permissions)
            return nil
        } catch {
            return "open \(path): \(error.message.lowercased())"
        }
    }
}
