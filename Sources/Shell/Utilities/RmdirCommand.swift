import Kubectl

/// `rmdir [-p] [-v] DIRECTORY...`: removes empty directories; `-p` then each parent named in
/// the path, as long as it is empty in turn.
struct RmdirCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "rmdir", context, failure: 1)
        } catch {
            return error.status
        }
        let parents = parsed.options.contains { $0.key == "p" }
        let verbose = parsed.options.contains { $0.key == "v" }
        let ignoreNonEmpty = parsed.options.contains { $0.key == "ignore" }
        guard !parsed.operands.isEmpty else {
            context.io.err("rmdir: missing operand\n" + GNUMessages.tryHelp("rmdir"))
            return 1
        }
        var status: Int32 = 0
        for operand in parsed.operands {
            var shown = operand
            // coreutils words a parent's failure apart from the operand's own.
            var what = ""
            while true {
                if verbose { context.io.out("rmdir: removing directory, '\(shown)'\n") }
                do throws(FileError) {
                    try remove(shown, context.session)
                } catch {
                    if ignoreNonEmpty && error == .notEmpty { break }
                    context.io.err("rmdir: failed to remove \(what)'\(shown)': \(error.message)\n")
                    status = 1
                    break
                }
                // With -p, `a/b/c` goes on with `a/b`, then `a`.
                guard parents, let slash = shown.lastIndex(of: "/"), slash != shown.startIndex else { break }
                shown = String(shown[..<slash])
                what = "directory "
                while shown.hasSuffix("/") { shown.removeLast() }
                if shown.isEmpty { break }
            }
        }
        return status
    }

    private func remove(_ operand: String, _ session: ShellSession) throws(FileError) {
        let fs = session.filesystem
        let (path, entry) = try fs.lookup(operand, from: session.cwd, user: session.user, followLast: false)
        guard let entry else { throw .noSuchFile }
        // In the kernel's order: the parent's permission, then the kind, then the contents.
        guard fs.canWrite(VirtualFileSystem.normalize("..", relativeTo: path), user: session.user) else {
            throw .permissionDenied
        }
        guard entry.kind == .directory else { throw .notADirectory }
        guard fs.list(path)?.isEmpty ?? true else { throw .notEmpty }
        fs.remove(path)
    }

    private static let parser = OptionParser(
        short: "pv", long: [.init("parents", key: "p"), .init("verbose", key: "v"), .init("ignore-fail-on-non-empty", key: "ignore")])
}
