import Kubectl

/// `less` and `more`: with no terminal to page on, they print their input whole, as they do into a pipe.
struct PagerCommand: ShellCommand {
    let name: String

    func run(_ context: CommandContext) -> Int32 {
        let operands = context.arguments.dropFirst().filter { !$0.hasPrefix("-") || $0 == "-" }
        if operands.isEmpty {
            // From the terminal there is nothing to page: they refuse rather than read it.
            if context.io.inputIsTerminal && name == "more" {
                context.io.err("more: bad usage\nTry 'more --help' for more information.\n")
                return 1
            }
            if name == "less" && (context.io.inputIsTerminal || context.io.input.isEmpty) {
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
