import Kubectl

/// `less` and `more`: with no terminal to page on, they print their input whole, as they do into a pipe.
struct PagerCommand: ShellCommand {
    let name: String

    func run(_ context: CommandContext) -> Int32 {
        let operands = context.arguments.dropFirst().filter { !$0.hasPrefix("-") || $0 == "-" }
        if operands.isEmpty {
            if context.io.input.isEmpty && name == "less" {
                context.io.err("Missing filename (\"less --help\" for help)\n")
                return 1
            }
            context.io.out(context.io.input)
            return 0
        }
        var status: Int32 = 0
        for operand in operands {
            do throws(FileError) {
                let text = try context.session.readFile(operand)
                if operands.count > 1 && name == "more" {
                    context.io.out("::::::::::::::\n\(operand)\n::::::::::::::\n")
                }
                context.io.out(text)
            } catch {
                context.io.err("\(operand): \(error.message)\n")
                status = 1
            }
        }
        return status
    }
}
