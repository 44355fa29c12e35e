import Kubectl

/// A command named by a path (`./run.sh`, `/usr/bin/grep`): runs the known command of that name
/// when the file is executable, or fails as bash does when it cannot be run.
struct PathCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        guard let path = context.arguments.first else { return 0 }
        do throws(FileError) {
            let (resolved, entry) = try session.filesystem.lookup(path, from: session.cwd, user: session.user)
            guard let entry else { throw FileError.noSuchFile }
            guard entry.kind == .file else {
                context.io.err(failure(path, .isDirectory))
                return 126
            }
            let executable =
                session.user == "root"
                ? entry.mode & 0o111 != 0
                : entry.owner == session.user ? entry.mode & 0o100 != 0 : entry.mode & 0o001 != 0
            guard executable else { throw FileError.permissionDenied }
            let name = String(resolved.split(separator: "/").last ?? "")
            var forwarded = context
            forwarded.arguments[0] = name
            if let command = session.commands[name] { return command.run(forwarded) }
            if let builtin = Builtins.command(named: name) { return builtin.run(forwarded) }
            if let fallback = session.fallback, let status = fallback(context.arguments, context.io) { return status }
            // A script: bash runs it in a subshell, with the path as `$0`.
            if let text = session.filesystem.read(resolved), ScriptShellCommand.runsInShell(text) {
                return session.runScript(text, name: path, arguments: Array(context.arguments.dropFirst()), io: context.io)
            }
            context.io.err(cannotExecute(path))
            return 126
        } catch {
            context.io.err(failure(path, error))
            return error == .noSuchFile ? 127 : 126
        }
    }
}

private func failure(_ path: String, _ error: FileError) -> String { "bash: \(path): \(error.message)\n" }
private func cannotExecute(_ path: String) -> String {
    "bash: \(path): cannot execute binary file: Exec format error\n"
}
