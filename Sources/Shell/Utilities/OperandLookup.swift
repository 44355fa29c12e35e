import Kubectl

extension ShellSession {
    /// The file an operand names, or nil after `PROGRAM: cannot VERB 'OPERAND': WHY` on standard
    /// error (coreutils' wording for `stat`, `du` and the like).
    func operand(
        _ operand: String, program: String, verb: String, followLast: Bool, io: IOStreams
    ) -> (path: String, entry: VirtualFileSystem.Entry)? {
        var reason = FileError.noSuchFile
        do throws(FileError) {
            let found = try filesystem.lookup(operand, from: cwd, user: user, followLast: followLast)
            if let entry = found.entry { return (found.path, entry) }
        } catch {
            reason = error
        }
        io.err("\(program): cannot \(verb) '\(operand)': \(reason.message)\n")
        return nil
    }
}
