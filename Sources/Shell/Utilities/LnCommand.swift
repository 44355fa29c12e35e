import Kubectl

/// `ln [-s] [-f] [-n] TARGET [LINK_NAME]`: make a symbolic link (`-s`) or a hard link; a
/// directory as the last operand takes the links under the targets' names.
struct LnCommand: ShellCommand {
    /// busybox's applet (busybox and Alpine images) and its error wording.
    var busybox = false

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "ln", context, failure: 1)
        } catch {
            return error.status
        }
        let keys = Set(parsed.options.map(\.key))
        let symbolic = keys.contains("s")
        var operands = parsed.operands
        guard !operands.isEmpty else {
            context.io.err("ln: missing file operand\n" + (busybox ? "" : GNUMessages.tryHelp("ln")))
            return 1
        }
        let session = context.session
        let fs = session.filesystem
        if operands.count == 1 { operands.append(".") }
        let last = operands.removeLast()
        let lastPath = VirtualFileSystem.normalize(last, relativeTo: session.cwd)
        let intoDirectory =
            (keys.contains("n") ? fs.linkEntry(lastPath)?.kind == .directory : fs.isDirectory(lastPath))
        if operands.count > 1, !intoDirectory {
            let why = fs.exists(lastPath) ? " is not a directory" : ": No such file or directory"
            context.io.err("ln: target \(GNUMessages.quote(last))\(why)\n")
            return 1
        }
        var status: Int32 = 0
        for target in operands {
            let name = intoDirectory ? (last.hasSuffix("/") ? last : last + "/") + PathNameCommand.basename(target, suffix: nil) : last
            let path = VirtualFileSystem.normalize(name, relativeTo: session.cwd)
            if let failure = link(target, at: path, symbolic: symbolic, force: keys.contains("f"), session: session) {
                context.io.err(message(failure, target: target, name: name, symbolic: symbolic))
                status = 1
            }
        }
        return status
    }

    private enum Failure {
        case create(FileError), access(FileError), directory
    }

    private func link(_ target: String, at path: String, symbolic: Bool, force: Bool, session: ShellSession) -> Failure? {
        let fs = session.filesystem
        var existing = target
        if !symbolic {
            do throws(FileError) {
                let (resolved, entry) = try fs.lookup(target, from: session.cwd, user: session.user)
                guard let entry else { throw .noSuchFile }
                guard entry.kind != .directory else { return .directory }
                existing = resolved
            } catch {
                return .access(error)
            }
        }
        let parent = PathNameCommand.dirname(path)
        guard fs.isDirectory(parent) else { return .create(fs.linkEntry(parent) == nil ? .noSuchFile : .notADirectory) }
        guard fs.canWrite(parent, user: session.user) else { return .create(.permissionDenied) }
        if let present = fs.linkEntry(path) {
            guard force, present.kind != .directory else { return .create(.exists) }
            fs.remove(path)
        }
        let made = symbolic ? fs.makeLink(path, to: target, owner: session.user) : fs.makeHardLink(path, to: existing)
        return made ? nil : .create(.noSuchFile)
    }

    private func message(_ failure: Failure, target: String, name: String, symbolic: Bool) -> String {
        switch failure {
        case .create(let error):
            if busybox { return "ln: \(name): \(error.message)\n" }
            let kind = symbolic ? "symbolic" : "hard"
            return "ln: failed to create \(kind) link \(GNUMessages.quote(name)): \(error.message)\n"
        case .access(let error):
            if busybox { return "ln: \(target): \(error.message)\n" }
            return "ln: failed to access \(GNUMessages.quote(target)): \(error.message)\n"
        case .directory:
            if busybox { return "ln: \(name): Operation not permitted\n" }
            return "ln: \(target): hard link not allowed for directory\n"
        }
    }

    private static let parser = OptionParser(
        short: "sfnvT",
        long: [.init("symbolic", key: "s"), .init("force", key: "f"), .init("no-dereference", key: "n")])
}
