import Kubectl

/// `touch FILE...`: creates empty files or sets their time to now on the virtual clock.
struct TouchCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "touch", context, failure: 1)
        } catch {
            return error.status
        }
        guard !parsed.operands.isEmpty else {
            context.io.err("touch: missing file operand\n" + GNUMessages.tryHelp("touch"))
            return 1
        }
        let noCreate = parsed.options.contains { $0.key == "c" }
        let session = context.session
        var status: Int32 = 0
        for operand in parsed.operands {
            do throws(FileError) {
                let (path, entry) = try session.filesystem.lookup(operand, from: session.cwd, user: session.user)
                if entry != nil {
                    session.filesystem.setModified(path, session.filesystem.clock())
                } else if !noCreate {
                    try session.writeFile(operand, "", append: true)
                }
            } catch {
                context.io.err("touch: cannot touch '\(operand)': \(error.message)\n")
                status = 1
            }
        }
        return status
    }

    private static let parser = OptionParser(short: "acm", long: [.init("no-create", key: "c")])
}
