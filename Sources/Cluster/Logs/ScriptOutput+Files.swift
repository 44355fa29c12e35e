import KubeAPI

/// The files a container's command writes: output redirected with `>` or `>>`
/// (`ScriptOutput+Streams.swift`), `mkdir [-p] [-m MODE]`, `touch`, `rm [-rf]` and `rmdir`, each
/// at the moment the command runs.
extension ScriptOutput {
    /// A command's words apart from its redirections, and each redirection's operator and
    /// target (none for `2>&1` and `>&2`, which name a descriptor).
    static func redirections(
        in words: [ScriptSyntax.Word]
    ) -> (command: [ScriptSyntax.Word], redirections: [(operator: String, target: ScriptSyntax.Word?)]) {
        var command: [ScriptSyntax.Word] = []
        var redirections: [(operator: String, target: ScriptSyntax.Word?)] = []
        var index = 0
        while index < words.count {
            let word = words[index]
            index += 1
            guard word.count == 1, word[0].quoting == .redirect else {
                command.append(word)
                continue
            }
            if word[0].text.contains("&") {
                redirections.append((word[0].text, nil))
                continue
            }
            guard index < words.count else { break }
            redirections.append((word[0].text, words[index]))
            index += 1
        }
        return (command, redirections)
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

    mutating func record(_ kind: ScriptFileWrite.Kind, at path: String) {
        guard now <= until, files.count < Self.maxLines else {
            stopped = true
            return
        }
        files.append(ScriptFileWrite(time: now, path: path, kind: kind))
    }

    /// `path` made absolute from the working directory, `.` and `..` resolved.
    func absolute(_ path: String) -> String {
        ContainerFileView.normalized(path, from: directory)
    }
}
