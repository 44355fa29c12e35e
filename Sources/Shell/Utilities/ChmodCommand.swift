import Kubectl

/// `chmod [-R] MODE FILE...`: changes permission bits; only the owner (or root) may.
struct ChmodCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())
        // A symbolic mode such as `-x` looks like an option; GNU chmod takes it as the mode.
        var modeText: String?
        if let index = arguments.firstIndex(where: { $0.hasPrefix("-") && $0.count > 1 && ChmodMode($0) != nil }) {
            modeText = arguments.remove(at: index)
        }
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "chmod", context, arguments: arguments, failure: 1)
        } catch {
            return error.status
        }
        var operands = parsed.operands
        if modeText == nil, !operands.isEmpty { modeText = operands.removeFirst() }
        guard let modeText else {
            context.io.err("chmod: missing operand\n" + GNUMessages.tryHelp("chmod"))
            return 1
        }
        guard !operands.isEmpty else {
            context.io.err(
                "chmod: missing operand after \(GNUMessages.quote(modeText))\n" + GNUMessages.tryHelp("chmod"))
            return 1
        }
        guard let mode = ChmodMode(modeText) else {
            context.io.err("chmod: invalid mode: \(GNUMessages.quote(modeText))\n" + GNUMessages.tryHelp("chmod"))
            return 1
        }
        let recursive = parsed.options.contains { $0.key == "R" }
        let session = context.session
        var status: Int32 = 0
        for operand in operands {
            do throws(FileError) {
                let (path, entry) = try session.filesystem.lookup(operand, from: session.cwd, user: session.user)
                guard entry != nil else { throw .noSuchFile }
                status = max(status, change(path, shown: operand, mode, recursive: recursive, context))
            } catch {
                context.io.err("chmod: cannot access '\(operand)': \(error.message)\n")
                status = 1
            }
        }
        return status
    }

    private func change(_ path: String, shown: String, _ mode: ChmodMode, recursive: Bool, _ context: CommandContext)
        -> Int32
    {
        let fs = context.session.filesystem
        guard let entry = fs.entry(path) else { return 1 }
        guard context.session.user == "root" || entry.owner == context.session.user else {
            context.io.err("chmod: changing permissions of '\(shown)': Operation not permitted\n")
            return 1
        }
        fs.setMode(path, mode.applied(to: entry.mode, isDirectory: entry.kind == .directory))
        guard recursive, entry.kind == .directory else { return 0 }
        var status: Int32 = 0
        for name in fs.list(path) ?? [] {
            let child = path == "/" ? "/" + name : path + "/" + name
            status = max(status, change(child, shown: shown + "/" + name, mode, recursive: true, context))
        }
        return status
    }

    private static let parser = OptionParser(short: "Rvcf", long: [.init("recursive", key: "R")])
}
