import KubeAPI
import Kubectl

/// `diff [-u] [-N] [-q] FILE1 FILE2`: GNU diffutils' comparison of two files, a file and a
/// directory (the file of the same name in it) or two directories (file by file, in name order).
/// Exit status 0 when they are the same, 1 when they differ, 2 on trouble.
struct DiffCommand: ShellCommand {
    /// What the options ask for.
    private struct Format {
        var unified = false
        var newAsEmpty = false
        var brief = false
        /// The options as typed, which a directory comparison repeats before each pair.
        var switches = ""
    }

    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            let gnu = context.session.gnuStandardOptions
            parsed = try (gnu ? Self.options.withStandardOptions() : Self.options).parse(context.arguments.dropFirst())
        } catch {
            context.io.err("diff: \(error.message)\n" + Self.tryHelp)
            return 2
        }
        if let key = parsed.options.last?.key, key.hasPrefix("--") {
            context.io.out(GNUMessages.standardText("diff", key, context.session))
            return 0
        }
        var format = Format()
        for (key, _) in parsed.options {
            switch key {
            case "u": format.unified = true; format.switches += " -u"
            case "N": format.newAsEmpty = true; format.switches += " -N"
            case "q": format.brief = true; format.switches += " -q"
            default: break
            }
        }
        guard parsed.operands.count >= 2 else {
            let after = parsed.operands.last ?? context.arguments.last ?? "diff"
            context.io.err("diff: missing operand after '\(after)'\n" + Self.tryHelp)
            return 2
        }
        guard parsed.operands.count == 2 else {
            context.io.err("diff: extra operand '\(parsed.operands[2])'\n" + Self.tryHelp)
            return 2
        }
        var old = parsed.operands[0], new = parsed.operands[1]
        let session = context.session
        let oldIsDirectory = session.filesystem.isDirectory(session.resolve(old))
        let newIsDirectory = session.filesystem.isDirectory(session.resolve(new))
        if oldIsDirectory && newIsDirectory { return compareDirectories(old, new, format, context) }
        // A file against a directory means the file of the same name in it.
        if oldIsDirectory { old = DiffPath.joined(old, basename(new)) }
        if newIsDirectory { new = DiffPath.joined(new, basename(old)) }
        var status: Int32 = 0
        guard let before = file(old, format, context, &status), let after = file(new, format, context, &status) else {
            return status
        }
        return compare(old, before, new, after, format, header: nil, context)
    }

    /// A file's text and modification time; standard input for `-`; nil after reporting an
    /// error, or an empty file dated the epoch for a missing one under -N.
    private func file(
        _ path: String, _ format: Format, _ context: CommandContext, _ status: inout Int32
    ) -> (text: String, time: Timestamp)? {
        let session = context.session
        if path == "-" { return (context.io.input, Timestamp(seconds: session.filesystem.clock())) }
        do throws(FileError) {
            let text = try session.readFile(path)
            let modified = session.filesystem.entry(session.resolve(path))?.modified ?? 0
            return (text, Timestamp(seconds: modified))
        } catch {
            if format.newAsEmpty && !session.filesystem.exists(session.resolve(path)) { return ("", Timestamp(seconds: 0)) }
            context.io.err("diff: \(path): \(error.message)\n")
            status = 2
            return nil
        }
    }

    /// Prints the difference of two texts in the chosen format; returns 1 when they differ.
    private func compare(
        _ old: String, _ before: (text: String, time: Timestamp), _ new: String, _ after: (text: String, time: Timestamp),
        _ format: Format, header: String?, _ context: CommandContext
    ) -> Int32 {
        guard before.text != after.text else { return 0 }
        if format.brief {
            context.io.out("Files \(old) and \(new) differ\n")
            return 1
        }
        let oldLines = LineDiff.lines(before.text), newLines = LineDiff.lines(after.text)
        if let header { context.io.out(header) }
        if format.unified {
            context.io.out(
                UnifiedDiff.header(old: old, oldTime: before.time, new: new, newTime: after.time)
                    + UnifiedDiff.hunks(oldLines, newLines))
        } else {
            context.io.out(NormalDiff.changes(oldLines, newLines))
        }
        return 1
    }

    /// Two directories, entry by entry in name order: files compared, subdirectories named,
    /// entries in one only reported (or, with -N, compared with an empty file).
    private func compareDirectories(_ old: String, _ new: String, _ format: Format, _ context: CommandContext) -> Int32 {
        let filesystem = context.session.filesystem
        let oldNames = filesystem.list(context.session.resolve(old)) ?? []
        let newNames = filesystem.list(context.session.resolve(new)) ?? []
        let names = Set(oldNames).union(newNames).sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
        var status: Int32 = 0
        for name in names {
            let oldPath = DiffPath.joined(old, name), newPath = DiffPath.joined(new, name)
            let inOld = oldNames.contains(name), inNew = newNames.contains(name)
            let oldIsDirectory = filesystem.isDirectory(context.session.resolve(oldPath))
            let newIsDirectory = filesystem.isDirectory(context.session.resolve(newPath))
            if inOld && inNew && oldIsDirectory && newIsDirectory {
                context.io.out("Common subdirectories: \(oldPath) and \(newPath)\n")
                continue
            }
            if !(inOld && inNew) && (!format.newAsEmpty || oldIsDirectory || newIsDirectory) {
                context.io.out("Only in \(inOld ? old : new): \(name)\n")
                status = max(status, 1)
                continue
            }
            var failure: Int32 = 0
            guard let before = file(oldPath, format, context, &failure), let after = file(newPath, format, context, &failure) else {
                status = 2
                continue
            }
            let header = format.brief ? nil : "diff\(format.switches) \(oldPath) \(newPath)\n"
            status = max(status, compare(oldPath, before, newPath, after, format, header: header, context))
        }
        return status
    }

    private func basename(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    private static let tryHelp = "diff: Try 'diff --help' for more information.\n"

    private static let options = OptionParser(
        short: "uNq",
        long: [.init("unified", key: "u"), .init("new-file", key: "N"), .init("brief", key: "q")])
}

/// Joins a directory and a name as diff does, with one slash between them.
private enum DiffPath {
    static func joined(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
