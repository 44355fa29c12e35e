import Kubectl

/// GNU `du [-s] [-a] [-c] [-h] [-d N] [FILE...]`: the disk blocks each directory holds, its
/// subdirectories first, in KiB (or `-h` sizes rounded up as `ls -h` does).
struct DuCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "du", context, failure: 1)
        } catch {
            return error.status
        }
        var options = Options()
        for option in parsed.options {
            switch option.key {
            case "s": options.maxDepth = 0
            case "a": options.all = true
            case "c": options.total = true
            case "h": options.human = true
            case "d":
                guard let value = option.value, let depth = Int(value), depth >= 0 else {
                    context.io.err("du: invalid maximum depth \(GNUMessages.quote(option.value ?? ""))\n" + GNUMessages.tryHelp("du"))
                    return 1
                }
                options.maxDepth = depth
            default: break
            }
        }
        if options.all, options.maxDepth == 0, parsed.options.contains(where: { $0.key == "s" }) {
            context.io.err("du: cannot both summarize and show all entries\n" + GNUMessages.tryHelp("du"))
            return 1
        }
        var status: Int32 = 0
        var output = ""
        var grandTotal = 0
        for operand in parsed.operands.isEmpty ? ["."] : parsed.operands {
            let session = context.session
            guard let (path, entry) = session.operand(operand, program: "du", verb: "access", followLast: false, io: context.io) else {
                status = 1
                continue
            }
            grandTotal += walk(operand, path, entry, depth: 0, options, session, &output, &status, context.io)
        }
        if options.total { output += format(grandTotal, options) + "\ttotal\n" }
        context.io.out(output)
        return status
    }

    private struct Options {
        var maxDepth = Int.max
        var all = false
        var total = false
        var human = false
    }

    /// The KiB under `path`, printing each directory (and with `-a` each file) within the depth.
    private func walk(
        _ shown: String, _ path: String, _ entry: VirtualFileSystem.Entry, depth: Int, _ options: Options, _ session: ShellSession,
        _ output: inout String, _ status: inout Int32, _ io: IOStreams
    ) -> Int {
        var size = entry.blocks
        if entry.kind == .directory {
            if session.filesystem.canRead(path, user: session.user), let names = session.filesystem.list(path) {
                for name in names.sorted(by: codePointOrder) {
                    let childPath = path == "/" ? "/" + name : path + "/" + name
                    guard let child = session.filesystem.linkEntry(childPath) ?? session.filesystem.entry(childPath) else { continue }
                    let childShown = shown.hasSuffix("/") ? shown + name : shown + "/" + name
                    size += walk(childShown, childPath, child, depth: depth + 1, options, session, &output, &status, io)
                }
            } else {
                io.out(output)
                output = ""
                io.err("du: cannot read directory '\(shown)': Permission denied\n")
                status = 1
            }
        }
        if depth <= options.maxDepth, entry.kind == .directory || options.all || depth == 0 {
            output += format(size, options) + "\t" + shown + "\n"
        }
        return size
    }

    private func format(_ kib: Int, _ options: Options) -> String {
        guard options.human else { return String(kib) }
        return kib == 0 ? "0" : LsLongFormat.human(kib * 1024)
    }

    private static let parser = OptionParser(
        short: "acshd:",
        long: [
            .init("all", key: "a"), .init("total", key: "c"), .init("summarize", key: "s"), .init("human-readable", key: "h"),
            .init("max-depth", .required, key: "d"),
        ])
}
