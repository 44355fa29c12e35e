import Kubectl

/// `mkdir [-p] [-m MODE] DIR...`: creates directories, with `-p` their parents too and no complaint if they exist.
struct MkdirCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "mkdir", context, failure: 1)
        } catch {
            return error.status
        }
        let parents = parsed.options.contains { $0.key == "p" }
        let verbose = parsed.options.contains { $0.key == "v" }
        var mode: UInt16 = 0o777 & ~context.session.umask
        if let text = parsed.options.last(where: { $0.key == "m" })?.value {
            guard let value = ChmodMode(text)?.applied(to: 0o777, isDirectory: true) else {
                context.io.err("mkdir: invalid mode \(GNUMessages.quote(text))\n")
                return 1
            }
            mode = value
        }
        guard !parsed.operands.isEmpty else {
            context.io.err("mkdir: missing operand\n" + GNUMessages.tryHelp("mkdir"))
            return 1
        }
        let session = context.session
        var status: Int32 = 0
        for operand in parsed.operands {
            let steps = parents ? prefixes(of: operand) : [operand]
            for step in steps {
                do throws(FileError) {
                    let (path, entry) = try session.filesystem.lookup(step, from: session.cwd, user: session.user)
                    if let entry {
                        if parents && entry.kind == .directory { continue }
                        throw entry.kind == .directory || !parents ? FileError.exists : .notADirectory
                    }
                    let parent = VirtualFileSystem.normalize("..", relativeTo: path)
                    guard let parentEntry = session.filesystem.entry(parent), parentEntry.kind == .directory else {
                        throw .noSuchFile
                    }
                    guard session.filesystem.canWrite(parent, user: session.user) else { throw .permissionDenied }
                    session.filesystem.makeDirectory(path, mode: mode, owner: session.user)
                    session.filesystem.setMode(path, mode)
                    if verbose { context.io.out("mkdir: created directory '\(step)'\n") }
                } catch {
                    context.io.err("mkdir: cannot create directory \(GNUMessages.quote(step)): \(error.message)\n")
                    status = 1
                    break
                }
            }
        }
        return status
    }

    /// `a`, `a/b`, `a/b/c` for `a/b/c`: each directory `-p` makes in turn.
    private func prefixes(of path: String) -> [String] {
        var result: [String] = []
        var current = path.hasPrefix("/") ? "/" : ""
        for part in path.split(separator: "/") {
            current += (current.isEmpty || current.hasSuffix("/") ? "" : "/") + part
            result.append(current)
        }
        return result
    }

    private static let parser = OptionParser(
        short: "pvm:",
        long: [.init("parents", key: "p"), .init("verbose", key: "v"), .init("mode", .required, key: "m")])
}
