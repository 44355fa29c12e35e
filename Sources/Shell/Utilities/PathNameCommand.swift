import Kubectl

/// `basename NAME [SUFFIX]` and `dirname NAME...`: the last component of a path, or all before it.
struct PathNameCommand: ShellCommand {
    /// True for `dirname`.
    var directory = false

    private var program: String { directory ? "dirname" : "basename" }

    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption(program, context) { return status }
        var operands = Array(context.arguments.dropFirst())
        var suffix: String?
        var multiple = directory
        if !directory {
            while let first = operands.first, first.hasPrefix("-"), first.count > 1 {
                operands.removeFirst()
                if first == "-a" {
                    multiple = true
                } else if first == "-s", !operands.isEmpty {
                    suffix = operands.removeFirst()
                    multiple = true
                } else if first == "--" {
                    break
                }
            }
        }
        guard !operands.isEmpty else {
            context.io.err("\(program): missing operand\n" + GNUMessages.tryHelp(program))
            return 1
        }
        if !multiple {
            if operands.count == 2 { suffix = operands.removeLast() }
            if operands.count > 1 {
                context.io.err(
                    "basename: extra operand \(GNUMessages.quote(operands[1]))\n" + GNUMessages.tryHelp(program))
                return 1
            }
        }
        for operand in operands {
            context.io.out((directory ? Self.dirname(operand) : Self.basename(operand, suffix: suffix)) + "\n")
        }
        return 0
    }

    static func basename(_ path: String, suffix: String?) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == "/" { return "/" }
        var name = String(trimmed.split(separator: "/").last ?? "")
        if let suffix, !suffix.isEmpty, name != suffix, name.hasSuffix(suffix) { name.removeLast(suffix.count) }
        return name
    }

    static func dirname(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        guard let slash = trimmed.lastIndex(of: "/") else { return "." }
        var parent = trimmed[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent.removeLast() }
        return parent.isEmpty ? "/" : String(parent)
    }
}
