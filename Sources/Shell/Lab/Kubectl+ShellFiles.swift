import Kubectl

extension Kubectl {
    /// kubectl reads the files it is given (`-f`, `-k`, `--from-file`) from `shell`'s file system,
    /// relative to its working directory.
    func readsFiles(of shell: ShellSession) {
        readFile = { [unowned shell] path in shell.filesystem.read(shell.resolve(path)) }
        listFiles = { [unowned shell] path in
            let directory = shell.resolve(path)
            guard shell.filesystem.isDirectory(directory) else { return nil }
            let names = shell.filesystem.list(directory) ?? []
            return names.filter { shell.filesystem.isFile(directory + "/" + $0) }
        }
        workingDirectory = { [unowned shell] in shell.cwd }
        listDirectory = { [unowned shell] path in
            let directory = shell.resolve(path)
            return shell.filesystem.list(directory).map { names in
                names.map { (name: $0, isDirectory: shell.filesystem.isDirectory(directory + "/" + $0)) }
            }
        }
    }

    /// Runs `body` with kubectl reading `shell`'s files (a node's, for the kubectl inside it),
    /// then hands the readers it had back.
    func withFiles(of shell: ShellSession, _ body: () -> Int32) -> Int32 {
        let saved = (readFile, listFiles, workingDirectory, listDirectory)
        readsFiles(of: shell)
        defer { (readFile, listFiles, workingDirectory, listDirectory) = saved }
        return body()
    }
}
