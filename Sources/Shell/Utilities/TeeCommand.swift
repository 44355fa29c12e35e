import Kubectl

/// `tee [-a] FILE...`: copies standard input to standard output and to each file.
struct TeeCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        let parsed: OptionParser.Parsed
        do {
            parsed = try Self.parser.parse(program: "tee", context, failure: 1)
        } catch {
            return error.status
        }
        let append = parsed.options.contains { $0.key == "a" }
        var status: Int32 = 0
        for operand in parsed.operands {
            do throws(FileError) {
                if operand == "/dev/null" { continue }
                try context.session.writeFile(operand, context.io.input, append: append)
            } catch {
                context.io.err("tee: \(operand): \(error.message)\n")
                status = 1
            }
        }
        context.io.out(context.io.input)
        return status
    }

    private static let parser = OptionParser(
        short: "ai", long: [.init("append", key: "a"), .init("ignore-interrupts", key: "i")])
}
