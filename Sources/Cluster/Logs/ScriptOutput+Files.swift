import KubeAPI

/// The files a container's command writes: output redirected with `>` or `>>` (a descriptor's
/// `2>` only creates or empties its file, as errors are not modelled), `mkdir [-p] [-m MODE]`,
/// `touch`, `rm [-rf]` and `rmdir`, each at the moment the command runs.
extension ScriptOutput {
    /// A command's words apart from its redirections, and each redirection's operator and target.
    static func redirections(
        in words: [ScriptSyntax.Word]
    ) -> (command: [ScriptSyntax.Word], redirections: [(operator: String, target: ScriptSyntax.Word)]) {
        var command: [ScriptSyntax.Word] = []
        var redirections: [(operator: String, target: ScriptSyntax.Word)] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.count == 1, word[0].quoting == .redirect else {
                command.append(word)
                continue
            }
            // `2>&1` and `>&2` name a descriptor, not a file.
            if word[0].text.contains("&") { continue }
            guard index < words.count else { break }
            redirections.append((word[0].text, words[index]))
            index += 1
        }
        return (command, redirections)
    }

    /// Runs a command with its redirections: what it prints goes to the file its standard output
    /// names, if any, else to the log.
    mutating func runRedirected(_ argv: [String], _ redirections: [(operator: String, target: String)]) {
        var output: (path: String, append: Bool)?
        for (op, target) in redirections {
            let path = absolute(target)
            switch op {
            case ">", "1>", ">>", "1>>": output = (path, op.hasSuffix(">>"))
            case "2>", "2>>":
                errorsRedirected = true
                record(.write("", append: op == "2>>"), at: path)
            default: continue
            }
        }
        defer { errorsRedirected = false }
        guard let output else {
            _ = execute(argv, capture: false)
            return
        }
        let text = execute(argv, capture: true)
        // A device such as /dev/null takes the output and keeps nothing.
        guard !output.path.hasPrefix("/dev/") else { return }
        record(.write(text, append: output.append), at: output.path)
    }

    /// `mkdir`, `touch`, `rm` and `rmdir` with their operands.
    mutating func changeFiles(_ program: String, _ args: [String]) {
        var operands: [String] = []
        var flags = ""
        var mode: UInt16?
        var index = 0
        while index < args.count {
            let arg = args[index]
            index += 1
            guard arg.hasPrefix("-"), arg.count > 1, operands.isEmpty else {
                operands.append(arg)
                continue
            }
            flags += arg.dropFirst()
            // `-m MODE` or `-mMODE` (also at the end of a cluster, `-pm MODE`).
            if program == "mkdir", let m = arg.firstIndex(of: "m") {
                let rest = arg[arg.index(after: m)...]
                let text = rest.isEmpty && index < args.count ? args[index] : String(rest)
                if rest.isEmpty { index += 1 }
                mode = UInt16(text, radix: 8)
            }
        }
        for operand in operands {
            let path = absolute(operand)
            switch program {
            case "mkdir": record(.makeDirectory(mode: mode ?? 0o755, parents: flags.contains("p")), at: path)
            case "touch": record(.touch, at: path)
            case "rmdir": record(.remove(recursive: false, directoryOnly: true), at: path)
            default: record(.remove(recursive: flags.contains("r") || flags.contains("R"), directoryOnly: false), at: path)
            }
        }
    }

    private mutating func record(_ kind: ScriptFileWrite.Kind, at path: String) {
        guard now <= until, files.count < Self.maxLines else {
            stopped = true
            return
        }
        files.append(ScriptFileWrite(time: now, path: path, kind: kind))
    }

    /// `path` made absolute from the working directory, `.` and `..` resolved.
    private func absolute(_ path: String) -> String {
        ContainerFileView.normalized(path, from: directory)
    }
}
