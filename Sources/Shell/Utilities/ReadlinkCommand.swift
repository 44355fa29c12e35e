import Kubectl

/// `readlink [-f|-e|-m] [-n] FILE...`: what a symbolic link holds, or with `-f` the path with
/// every link followed. Quiet failures, as both GNU and busybox are without `-v`.
struct ReadlinkCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "readlink", context, failure: 1)
        } catch {
            return error.status
        }
        let keys = Set(parsed.options.map(\.key))
        guard !parsed.operands.isEmpty else {
            context.io.err("readlink: missing operand\n" + GNUMessages.tryHelp("readlink"))
            return 1
        }
        let session = context.session
        let fs = session.filesystem
        let end = keys.contains("n") ? "" : "\n"
        var status: Int32 = 0
        for operand in parsed.operands {
            var result: String?
            if keys.contains("f") || keys.contains("e") || keys.contains("m") {
                if let (path, exists) = try? fs.canonicalPath(operand, from: session.cwd),
                    exists || !keys.contains("e")
                {
                    result = path
                }
            } else {
                result = fs.linkTarget(VirtualFileSystem.normalize(operand, relativeTo: session.cwd))
            }
            if let result { context.io.out(result + end) } else { status = 1 }
        }
        return status
    }

    private static let parser = OptionParser(
        short: "femnqsv",
        long: [
            .init("canonicalize", key: "f"), .init("canonicalize-existing", key: "e"),
            .init("canonicalize-missing", key: "m"), .init("no-newline", key: "n"),
        ])
}
