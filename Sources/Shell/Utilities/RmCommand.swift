import Kubectl

/// `rm [-r] [-f] [-d] FILE...`: removes files, and directory trees with `-r`.
struct RmCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "rm", context, failure: 1)
        } catch {
            return error.status
        }
        let recursive = parsed.options.contains { "rR".contains($0.key) }
        let force = parsed.options.last { "fi".contains($0.key) }?.key == "f"
        let emptyDirectories = parsed.options.contains { $0.key == "d" }
        let verbose = parsed.options.contains { $0.key == "v" }
        guard !parsed.operands.isEmpty else {
            if force { return 0 }
            context.io.err("rm: missing operand\n" + GNUMessages.tryHelp("rm"))
            return 1
        }
        let session = context.session
        let fs = session.filesystem
        var status: Int32 = 0
        for operand in parsed.operands {
            let last = operand.split(separator: "/").last
            if recursive, last == "." || last == ".." {
                context.io.err("rm: refusing to remove '.' or '..' directory: skipping '\(operand)'\n")
                status = 1
                continue
            }
            do throws(FileError) {
                let (path, entry) = try fs.lookup(operand, from: session.cwd, user: session.user)
                guard let entry else { throw .noSuchFile }
                if recursive, path == "/" {
                    context.io.err(
                        "rm: it is dangerous to operate recursively on '/'\n"
                            + "rm: use --no-preserve-root to override this failsafe\n"
                    )
                    status = 1
                    continue
                }
                if entry.kind == .directory {
                    if !recursive {
                        guard emptyDirectories else { throw .isDirectory }
                        guard fs.list(path)?.isEmpty ?? true else { throw .notEmpty }
                    }
                }
                guard fs.canWrite(VirtualFileSystem.normalize("..", relativeTo: path), user: session.user) else {
                    throw .permissionDenied
                }
                if verbose { context.io.out(Self.removals(path, shown: operand, fs)) }
                fs.remove(path)
            } catch {
                if force && error == .noSuchFile { continue }
                context.io.err("rm: cannot remove '\(operand)': \(error.message)\n")
                status = 1
            }
        }
        return status
    }

    /// What `rm -v` prints for a tree: its contents depth first, then the directory. A real
    /// disk reads names in its own order; here they go in reverse name order.
    private static func removals(_ path: String, shown: String, _ fs: VirtualFileSystem) -> String {
        guard fs.isDirectory(path) else { return "removed '\(shown)'\n" }
        var text = ""
        for name in (fs.list(path) ?? []).reversed() {
            text += removals(path + "/" + name, shown: shown + "/" + name, fs)
        }
        return text + "removed directory '\(shown)'\n"
    }

    private static let parser = OptionParser(
        short: "rRfidv",
        long: [
            .init("recursive", key: "r"), .init("force", key: "f"), .init("dir", key: "d"), .init("verbose", key: "v"),
        ])
}
