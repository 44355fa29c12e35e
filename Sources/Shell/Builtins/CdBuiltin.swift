import Kubectl

/// `cd`: changes the working directory; `cd` alone goes home and `cd -` goes back.
struct CdBuiltin: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let session = context.session
        let parsed = Builtins.options(context.arguments.dropFirst(), allowed: ["L", "P", "e", "@"])
        if let invalid = parsed.invalid {
            context.io.err(Builtins.invalidOption("cd", invalid, usage: usage))
            return 2
        }
        guard parsed.operands.count <= 1 else {
            context.io.err(tooManyArguments)
            return 1
        }
        var target: String
        var announce = false
        if let operand = parsed.operands.first {
            target = operand
            if operand == "-" {
                guard let previous = session.environment["OLDPWD"] else {
                    context.io.err(notSet("OLDPWD"))
                    return 1
                }
                target = previous
                announce = true
            }
        } else {
            guard let home = session.environment["HOME"] else {
                context.io.err(notSet("HOME"))
                return 1
            }
            target = home
        }
        if target.isEmpty { return 0 }
        // Without -P the new directory is the path as written (links kept), `..` taken lexically.
        let physical = parsed.options.contains("P")
        do throws(FileError) {
            let logical = VirtualFileSystem.normalize(target, relativeTo: session.cwd)
            // The path as written must resolve too: `cd nosuch/..` fails although it names the cwd.
            let (path, entry) = try session.filesystem.lookup(target, from: session.cwd, user: session.user)
            guard let entry else { throw FileError.noSuchFile }
            guard entry.kind == .directory else { throw FileError.notADirectory }
            guard session.filesystem.canSearch(path, user: session.user) else { throw FileError.permissionDenied }
            session.environment["OLDPWD"] = session.cwd
            session.cwd = physical || session.filesystem.canonicalPathOrNil(logical) != path ? path : logical
        } catch {
            // dash and ash raise an error, which sets status 2.
            if let text = session.dialect.cdFailure(target, reason: error.message) {
                context.io.err(session.shellMessagePrefix(builtin: "cd") + text + "\n")
                return 2
            }
            context.io.err(failure(target, error))
            return 1
        }
        if announce { context.io.out(session.cwd + "\n") }
        return 0
    }
}

private let usage = "cd [-L|[-P [-e]] [-@]] [dir]"
private let tooManyArguments = "bash: cd: too many arguments\n"
private func notSet(_ name: String) -> String { "bash: cd: \(name) not set\n" }
private func failure(_ path: String, _ error: FileError) -> String { "bash: cd: \(path): \(error.message)\n" }
