import Kubectl

/// `cp [-r] SOURCE DEST` or `cp [-r] SOURCE... DIRECTORY`, and `mv` with the same operands.
struct CpCommand: ShellCommand {
    /// `mv` moves rather than copies and needs no `-r` for directories.
    var moves = false

    private var program: String { moves ? "mv" : "cp" }

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try (moves ? Self.mvParser : Self.cpParser).parse(program: program, context, failure: 1)
        } catch {
            return error.status
        }
        let recursive = moves || parsed.options.contains { "rRa".contains($0.key) }
        let verbose = parsed.options.contains { $0.key == "v" }
        var operands = parsed.operands
        guard !operands.isEmpty else {
            context.io.err("\(program): missing file operand\n" + GNUMessages.tryHelp(program))
            return 1
        }
        guard operands.count > 1, let target = operands.popLast() else {
            context.io.err(
                "\(program): missing destination file operand after '\(operands[0])'\n" + GNUMessages.tryHelp(program))
            return 1
        }
        let session = context.session
        let fs = session.filesystem
        let targetPath = session.resolve(target)
        let intoDirectory = fs.isDirectory(targetPath)
        if operands.count > 1, !intoDirectory {
            let problem = fs.exists(targetPath) ? " is not a directory" : ": No such file or directory"
            context.io.err("\(program): target '\(target)'\(problem)\n")
            return 1
        }
        var status: Int32 = 0
        for source in operands {
            do throws(FileError) {
                let (from, entry) = try fs.lookup(source, from: session.cwd, user: session.user)
                guard let entry else { throw .noSuchFile }
                let name = String(from.split(separator: "/").last ?? "")
                let to = intoDirectory ? VirtualFileSystem.normalize(name, relativeTo: targetPath) : targetPath
                let shownTarget = intoDirectory ? (target.hasSuffix("/") ? target + name : target + "/" + name) : target
                if entry.kind == .directory && !recursive {
                    context.io.err("cp: -r not specified; omitting directory '\(source)'\n")
                    status = 1
                    continue
                }
                if from == to {
                    context.io.err("\(program): '\(source)' and '\(shownTarget)' are the same file\n")
                    status = 1
                    continue
                }
                if entry.kind == .directory, VirtualFileSystem.isWithin(to, from) {
                    context.io.err(
                        moves
                            ? "mv: cannot move '\(source)' to a subdirectory of itself, '\(shownTarget)'\n"
                            : "cp: cannot copy a directory, '\(source)', into itself, '\(shownTarget)'\n")
                    status = 1
                    continue
                }
                if let existing = fs.entry(to), existing.kind == .directory, entry.kind != .directory {
                    context.io.err("\(program): cannot overwrite directory '\(shownTarget)' with non-directory\n")
                    status = 1
                    continue
                }
                let parent = VirtualFileSystem.normalize("..", relativeTo: to)
                guard fs.isDirectory(parent) else {
                    throw moves ? .noSuchFile : .notADirectory
                }
                if moves {
                    let sourceParent = VirtualFileSystem.normalize("..", relativeTo: from)
                    guard fs.canWrite(sourceParent, user: session.user), fs.canWrite(parent, user: session.user) else {
                        context.io.err("mv: cannot move '\(source)' to '\(shownTarget)': Permission denied\n")
                        status = 1
                        continue
                    }
                    fs.move(from, to: to)
                } else {
                    guard
                        entry.kind == .directory
                            || fs.node(at: from).map({ VirtualFileSystem.allows($0, user: session.user, 0o4) }) == true
                    else {
                        context.io.err("cp: cannot open '\(source)' for reading: Permission denied\n")
                        status = 1
                        continue
                    }
                    guard
                        fs.entry(to) != nil
                            ? fs.node(at: to).map({ VirtualFileSystem.allows($0, user: session.user, 0o2) }) == true
                            : fs.canWrite(parent, user: session.user)
                    else {
                        context.io.err("cp: cannot create regular file '\(shownTarget)': Permission denied\n")
                        status = 1
                        continue
                    }
                    fs.copy(from, to: to, owner: session.user)
                }
                if verbose {
                    context.io.out((moves ? "renamed " : "") + "'\(source)' -> '\(shownTarget)'\n")
                }
            } catch {
                if error == .noSuchFile, (try? fs.lookup(source, from: session.cwd, user: session.user).entry) == nil {
                    context.io.err("\(program): cannot stat '\(source)': \(error.message)\n")
                } else {
                    context.io.err(
                        moves
                            ? "mv: cannot move '\(source)' to '\(target)': \(error.message)\n"
                            : "cp: cannot create regular file '\(target)': \(error.message)\n")
                }
                status = 1
            }
        }
        return status
    }

    private static let cpParser = OptionParser(
        short: "rRafivpn", long: [.init("recursive", key: "r"), .init("force", key: "f"), .init("verbose", key: "v")])
    private static let mvParser = OptionParser(
        short: "fivn", long: [.init("force", key: "f"), .init("verbose", key: "v")])
}
