import Kubectl

/// `xargs [-n N] [-I REPLACE] [-r] [-t] [COMMAND [ARG...]]`: runs a command with arguments read
/// from standard input (blank-separated, with quotes), `echo` by default.
struct XargsCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption("xargs", context) { return status }
        var arguments = Array(context.arguments.dropFirst())
        var perCommand: Int?
        var replace: String?
        var noRunIfEmpty = false
        var trace = false
        var nullSeparated = false
        parsing: while let first = arguments.first, first.hasPrefix("-"), first.count > 1 {
            arguments.removeFirst()
            switch first {
            case "--": break parsing
            case "-r", "--no-run-if-empty": noRunIfEmpty = true
            case "-t", "--verbose": trace = true
            case "-0", "--null": nullSeparated = true
            case "-n", "-I", "-L", "-d", "-P":
                guard !arguments.isEmpty else {
                    context.io.err(GNUMessages.optionError("xargs", .requiresArgument(first.dropFirst().first ?? "n")))
                    return 1
                }
                let value = arguments.removeFirst()
                if first == "-I" { replace = value }
                if first == "-n" || first == "-L" {
                    guard let n = Int(value), n > 0 else {
                        context.io.err("xargs: value \(value) for -n option should be >= 1\n")
                        return 1
                    }
                    perCommand = n
                }
            default:
                if first.hasPrefix("-I") {
                    replace = String(first.dropFirst(2))
                } else if first.hasPrefix("-n"), let n = Int(first.dropFirst(2)), n > 0 {
                    perCommand = n
                } else if first.hasPrefix("-P") || first.hasPrefix("-L") {
                    continue
                } else {
                    context.io.err(GNUMessages.optionError("xargs", .invalid(first.dropFirst().first ?? "-")))
                    return 1
                }
            }
        }
        let command = arguments.isEmpty ? ["echo"] : arguments
        var batches: [[String]] = []
        if let replace {
            for line in TextLines(context.io.input).lines where !line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                let item = String(line.drop { $0 == " " || $0 == "\t" })
                batches.append(command.map { $0.replacing(replace, with: item) })
            }
        } else {
            let items: [String]
            if nullSeparated {
                items = context.io.input.split(separator: "\0").map(String.init)
            } else {
                switch Self.words(context.io.input) {
                case .success(let words): items = words
                case .failure(let problem):
                    context.io.err(problem.message)
                    return 1
                }
            }
            if items.isEmpty {
                if !noRunIfEmpty { batches.append(command) }
            } else if let perCommand {
                var start = 0
                while start < items.count {
                    batches.append(command + items[start..<min(items.count, start + perCommand)])
                    start += perCommand
                }
            } else {
                batches.append(command + items)
            }
        }
        var status: Int32 = 0
        for batch in batches {
            if trace { context.io.err(batch.joined(separator: " ") + "\n") }
            var io = context.io
            io.input = ""
            guard let result = context.session.invoke(batch, io: io) else {
                context.io.err("xargs: \(batch[0]): No such file or directory\n")
                return 127
            }
            if result == 255 {
                context.io.err("xargs: \(batch[0]): exited with status 255; aborting\n")
                return 124
            }
            if result != 0 { status = 123 }
        }
        return status
    }

    private enum QuoteProblem: Error {
        case unmatched(Character)

        var message: String {
            switch self {
            case .unmatched(let quote):
                "xargs: unmatched \(quote == "'" ? "single" : "double") quote; "
                    + "by default quotes are special to xargs unless you use the -0 option\n"
            }
        }
    }

    /// Input split as xargs splits it: at blanks and newlines, with quotes and backslashes.
    private static func words(_ input: String) -> Result<[String], QuoteProblem> {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in input {
            if escaped {
                current.append(c)
                escaped = false
                continue
            }
            if let open = quote {
                if c == open {
                    quote = nil
                } else if c == "\n" {
                    return .failure(.unmatched(open))
                } else {
                    current.append(c)
                }
                continue
            }
            switch c {
            case " ", "\t", "\n":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            case "'", "\"":
                quote = c
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            default:
                current.append(c)
                inWord = true
            }
        }
        if let open = quote { return .failure(.unmatched(open)) }
        if inWord { words.append(current) }
        return .success(words)
    }
}
