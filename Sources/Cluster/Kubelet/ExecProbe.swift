/// An exec probe's command, run inside a simulated container.
///
/// It understands what probes are written with: `cat`, `ls` and `test`/`[` on paths, `true`,
/// `false`, `exit N`, and `sh -c` joining those with `&&`, `||` and `;`. A path exists when the image has it, every container has it, or the
/// container's script has created it by then. Any other program is taken to succeed quietly.
struct ExecProbe {
    var process: ContainerProcess
    var elapsed: Int64

    /// nil when the command exits 0, else its combined output (which may be empty).
    func failure(of argv: [String]) -> String? {
        let result = run(argv)
        return result.code == 0 ? nil : result.output
    }

    private func run(_ argv: [String]) -> (code: Int, output: String) {
        guard let first = argv.first else { return (0, "") }
        let operands = argv.dropFirst().filter { !$0.hasPrefix("-") }
        switch ContainerProcess.basename(first) {
        case "sh", "bash", "ash":
            guard argv.count > 2, argv[1] == "-c" else { return (0, "") }
            return script(argv[2])
        case "cat":
            let missing = operands.filter { !exists($0) }
            return (missing.isEmpty ? 0 : 1, missing.map(catError).joined())
        case "ls":
            let missing = operands.filter { !exists($0) }
            return (missing.isEmpty ? 0 : missing.count == operands.count ? 2 : 1, missing.map(lsError).joined())
        case "test", "[":
            let path = argv.dropFirst().first { !$0.hasPrefix("-") && $0 != "]" && $0 != "!" }
            let negated = argv.contains("!")
            let holds = path.map(exists) ?? false
            return (holds != negated ? 0 : 1, "")
        case "false":
            return (1, "")
        case "exit":
            return (argv.dropFirst().first.flatMap { Int($0) }.map { $0 & 0xff } ?? 0, "")
        default:
            return (0, "")
        }
    }

    /// Statements joined by `;`, `&&` and `||`, each run unless the operator before it says not to.
    private func script(_ text: String) -> (code: Int, output: String) {
        var code = 0
        var output = ""
        var connector = ";"
        var rest = Substring(text)
        while !rest.isEmpty {
            let next = Self.nextOperator(in: rest)
            let statement = next.map { rest[..<$0.1.lowerBound] } ?? rest
            let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map { String($0).trimmingQuotes }
            let skip = (connector == "&&" && code != 0) || (connector == "||" && code == 0)
            if !skip && !words.isEmpty {
                let result = run(words)
                code = result.code
                output += result.output
                if words[0] == "exit" { break }
            }
            guard let (op, range) = next else { break }
            connector = op
            rest = rest[range.upperBound...]
        }
        return (code, output)
    }

    /// The first `&&`, `||`, `;` or newline in `text`, and where it is.
    private static func nextOperator(in text: Substring) -> (String, Range<Substring.Index>)? {
        var index = text.startIndex
        while index < text.endIndex {
            let after = text.index(after: index)
            if text[index] == ";" || text[index] == "\n" { return (String(text[index]), index..<after) }
            if after < text.endIndex, text[index] == text[after], text[index] == "&" || text[index] == "|" {
                return (String(text[index...after]), index..<text.index(after: after))
            }
            index = after
        }
        return nil
    }

    private func exists(_ path: String) -> Bool {
        Self.everyContainer.contains(path) || process.imageFiles.contains(path)
            || process.files.exists(path, after: elapsed)
    }

    private func catError(_ path: String) -> String {
        process.userland == .busybox
            ? "cat: can't open '\(path)': No such file or directory\n" : "cat: \(path): No such file or directory\n"
    }

    private func lsError(_ path: String) -> String {
        process.userland == .busybox
            ? "ls: \(path): No such file or directory\n" : "ls: cannot access '\(path)': No such file or directory\n"
    }

    /// Paths every container has: its root, the usual directories and the files the kubelet mounts.
    static let everyContainer: Set<String> = [
        "/", "/tmp", "/etc", "/bin", "/bin/sh", "/dev", "/proc", "/etc/hosts", "/etc/hostname", "/etc/resolv.conf",
        "/etc/passwd", "/dev/termination-log", "/var/run/secrets/kubernetes.io/serviceaccount/token",
    ]
}

extension String {
    /// The word without one pair of surrounding single or double quotes.
    fileprivate var trimmingQuotes: String {
        guard count >= 2, let first, first == "'" || first == "\"", last == first else { return self }
        return String(dropFirst().dropLast())
    }
}
