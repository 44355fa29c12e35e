/// bash's `<(LIST)`: the list runs in a subshell and the word becomes a `/dev/fd/N` path whose
/// contents are what it printed, open until the command that named it ends.
extension ShellExecutor {
    /// The first descriptor bash gives a process substitution; each further one in a command takes the one below.
    static let firstSubstitutionDescriptor = 63

    /// Runs the list and returns the path that reads its output.
    func processSubstitution(_ source: String) -> String {
        let pipe = CaptureSink(errors: errorSink)
        // Its status is not the command's: `$?` stays as it was.
        let status = session.lastStatus
        _ = inSubshell(.commandSubstitution) {
            runSource(source, input: "", sink: pipe, lineOffset: session.linesRead, firstLine: session.currentLine)
            return session.lastStatus
        }
        session.lastStatus = status
        let open = processSubstitutionFiles.count { $0 != "/dev" }
        let path = "/dev/fd/\(Self.firstSubstitutionDescriptor - open)"
        if !session.filesystem.exists("/dev") { processSubstitutionFiles.append("/dev") }
        session.filesystem.write(path, pipe.captured, mode: 0o600, owner: session.user)
        processSubstitutionFiles.append(path)
        return path
    }

    /// Closes the substitutions made since `count`: their files go, and `/dev` when they made it.
    func removeProcessSubstitutions(after count: Int) {
        guard processSubstitutionFiles.count > count else { return }
        for path in processSubstitutionFiles[count...].reversed() { session.filesystem.remove(path) }
        processSubstitutionFiles.removeLast(processSubstitutionFiles.count - count)
    }
}
