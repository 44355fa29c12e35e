import Kubectl

/// `awk [-F FS] [-v NAME=VALUE] [-f FILE | 'PROGRAM'] [FILE...]`: gawk's language over fields and records.
struct AwkCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        var arguments = Array(context.arguments.dropFirst())[...]
        var separator: String?
        var assignments: [(String, String)] = []
        var programText: String?
        while let first = arguments.first, first.hasPrefix("-"), first.count > 1 {
            arguments.removeFirst()
            if first == "--" { break }
            let option = first.dropFirst().first ?? "-"
            let attached = first.count > 2 ? String(first.dropFirst(2)) : nil
            func value() -> String? { attached ?? arguments.popFirst() }
            switch option {
            case "F":
                guard let fs = value() else { return usageError(context, "option requires an argument -- F") }
                separator = fs == "t" ? "\t" : fs.replacing("\\t", with: "\t")
            case "v":
                guard let assignment = value() else { return usageError(context, "option requires an argument -- v") }
                guard let equals = assignment.firstIndex(of: "="), AwkInterpreter.isName(assignment[..<equals]) else {
                    context.io.err("awk: fatal: `\(assignment)' is not a legal variable name\n")
                    return 2
                }
                assignments.append(
                    (String(assignment[..<equals]), String(assignment[assignment.index(after: equals)...])))
            case "f":
                guard let path = value() else { return usageError(context, "option requires an argument -- f") }
                do throws(FileError) {
                    programText = (programText ?? "") + (try context.session.readFile(path))
                } catch {
                    context.io.err("awk: fatal: can't open source file `\(path)' for reading: \(error.message)\n")
                    return 2
                }
            default:
                return usageError(context, "invalid option -- '\(option)'")
            }
        }
        if programText == nil {
            guard let text = arguments.popFirst() else { return usageError(context, nil) }
            programText = text
        }
        let source = programText ?? ""
        let program: AwkProgram
        do {
            var parser = try AwkParser(source)
            program = try parser.parseProgram()
        } catch {
            context.io.err(Self.syntaxMessage(error, source))
            return 1
        }
        let interpreter = AwkInterpreter(program: program, io: context.io, session: context.session)
        if let separator { interpreter.globals["FS"] = .scalar(.string(separator)) }
        for (name, value) in assignments { interpreter.assignVariable(name, value) }
        return interpreter.run(operands: Array(arguments)) { operand in
            if operand == "-" || operand == "/dev/stdin" { return .success(context.io.input) }
            do throws(FileError) {
                return .success(try context.session.readFile(operand))
            } catch {
                return .failure(error)
            }
        }
    }

    /// gawk's two-line report: the source line, then a caret under the place it gave up.
    static func syntaxMessage(_ error: AwkSyntaxError, _ source: String) -> String {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let index = min(max(0, error.line - 1), max(0, lines.count - 1))
        let line = lines.isEmpty ? "" : String(lines[index])
        let prefix = "awk: cmd. line:\(error.line): "
        let column = min(error.column, line.count)
        let caret = String(repeating: " ", count: column) + "^ " + error.detail
        return prefix + line + "\n" + prefix + caret + "\n"
    }

    private func usageError(_ context: CommandContext, _ message: String?) -> Int32 {
        if let message { context.io.err("awk: \(message)\n") }
        context.io.err(usage)
        return 2
    }
}

private let usage = """
    Usage: awk [POSIX or GNU style options] -f progfile [--] file ...
    Usage: awk [POSIX or GNU style options] [--] 'program' file ...
    POSIX options:\t\tGNU long options: (standard)
    \t-f progfile\t\t--file=progfile
    \t-F fs\t\t\t--field-separator=fs
    \t-v var=val\t\t--assign=var=val

    """
