import Kubectl

/// `sed [-n] [-E] [-i] [-e SCRIPT]... [SCRIPT] [FILE...]`: GNU sed's stream editing.
struct SedCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        // `-i.bak` / `--in-place=.bak`: edit in place keeping a copy with that suffix.
        var backupSuffix: String?
        let arguments = context.arguments.dropFirst().map { argument in
            if argument.hasPrefix("-i"), argument.count > 2, !argument.hasPrefix("-in") {
                backupSuffix = String(argument.dropFirst(2))
                return "-i"
            }
            if argument.hasPrefix("--in-place=") {
                backupSuffix = String(argument.dropFirst(11))
                return "-i"
            }
            return argument
        }
        let parsed: OptionParser.Parsed
        do {
            let gnu = context.session.gnuStandardOptions
            parsed = try (gnu ? Self.parser.withStandardOptions() : Self.parser).parse(arguments)
        } catch {
            context.io.err("sed: \(error.message)\n" + usage)
            return 1
        }
        if let key = parsed.options.last?.key, key.hasPrefix("--") {
            context.io.out(GNUMessages.standardText("sed", key, context.session))
            return 0
        }
        var scripts: [String] = []
        var quiet = false
        var extended = false
        var inPlace = false
        var separate = false
        for (key, value) in parsed.options {
            switch key {
            case "e": scripts.append(value ?? "")
            case "f":
                do throws(FileError) {
                    var text = try context.session.readFile(value ?? "")
                    if text.hasSuffix("\n") { text.removeLast() }
                    scripts.append(text)
                } catch {
                    context.io.err("sed: couldn't open file \(value ?? ""): \(error.message)\n")
                    return 1
                }
            case "n": quiet = true
            case "E", "r": extended = true
            case "i": (inPlace, separate) = (true, true)
            case "s": separate = true
            default: break
            }
        }
        var operands = parsed.operands
        if scripts.isEmpty {
            guard !operands.isEmpty else {
                context.io.err(usage)
                return 1
            }
            scripts.append(operands.removeFirst())
        }
        let script = scripts.joined(separator: "\n")
        let commands: [SedCommandLine]
        do {
            var parser = SedParser(script, extended: extended)
            commands = try parser.parse()
        } catch {
            context.io.err(Self.describe(error, scripts: scripts))
            return 1
        }
        if inPlace && operands.isEmpty {
            context.io.err("sed: no input files\n")
            return 1
        }
        var status: Int32 = 0
        var inputs: [(name: String?, text: String)] = []
        for operand in operands.isEmpty ? ["-"] : operands {
            if operand == "-" && !inPlace {
                inputs.append((nil, context.io.input))
                continue
            }
            do throws(FileError) {
                inputs.append((operand, try context.session.readFile(operand)))
            } catch {
                let message =
                    error == .isDirectory
                    ? "couldn't edit \(operand): not a regular file" : "can't read \(operand): \(error.message)"
                context.io.err("sed: \(message)\n")
                status = 2
            }
        }
        let groups: [[(name: String?, text: String)]] = separate ? inputs.map { [$0] } : [inputs]
        for group in groups where !group.isEmpty {
            let runner = SedRunner(commands: commands, quiet: quiet)
            runner.readFile = { name in try? context.session.readFile(name) }
            var lines: [Substring] = []
            var endsWithNewline = true
            for input in group {
                let split = TextLines(input.text)
                lines += split.lines
                endsWithNewline = split.endsWithNewline || split.lines.isEmpty
            }
            runner.run(lines, endsWithNewline: endsWithNewline)
            for file in runner.written where file.name != "/dev/stdout" {
                try? context.session.writeFile(file.name, file.text)
            }
            if let stdout = runner.written.first(where: { $0.name == "/dev/stdout" }) { context.io.out(stdout.text) }
            if inPlace, let name = group[0].name {
                do throws(FileError) {
                    if let backupSuffix, !backupSuffix.isEmpty {
                        try context.session.writeFile(name + backupSuffix, group[0].text)
                    }
                    try context.session.writeFile(name, runner.output)
                } catch {
                    context.io.err("sed: couldn't open temporary file \(name): \(error.message)\n")
                    status = 4
                }
            } else {
                context.io.out(runner.output)
            }
            if runner.exitCode != 0 { return runner.exitCode }
        }
        return status
    }

    /// `sed: -e expression #N, char M: message`, naming the expression the offset falls in.
    static func describe(_ error: SedScriptError, scripts: [String]) -> String {
        var offset = error.offset
        var number = 1
        for (index, script) in scripts.enumerated() {
            let length = script.unicodeScalars.count
            if offset <= length || index == scripts.count - 1 {
                number = index + 1
                break
            }
            offset -= length + 1
        }
        return "sed: -e expression #\(number), char \(offset): \(error.message)\n"
    }

    private static let parser = OptionParser(
        short: "ne:f:Erisu",
        long: [
            .init("quiet", key: "n"), .init("silent", key: "n"), .init("expression", .required, key: "e"),
            .init("file", .required, key: "f"), .init("regexp-extended", key: "E"),
            .init("in-place", .optional, key: "i"),
            .init("separate", key: "s"), .init("unbuffered", key: "u"),
        ])
}

private let usage = """
    Usage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...

      -n, --quiet, --silent
                     suppress automatic printing of pattern space
      -e script, --expression=script
                     add the script to the commands to be executed
      -f script-file, --file=script-file
                     add the contents of script-file to the commands to be executed
      -i[SUFFIX], --in-place[=SUFFIX]
                     edit files in place (makes backup if SUFFIX supplied)
      -E, -r, --regexp-extended
                     use extended regular expressions in the script

    """
