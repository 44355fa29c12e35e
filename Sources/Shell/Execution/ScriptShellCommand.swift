import Kubectl

/// `bash` and `sh` run as commands on the host and in the nodes: `-c COMMANDS [NAME [ARGS]]`,
/// a script file with its arguments, or the commands read from standard input, each in a
/// subshell of its own (so `cd` and variables stay inside, and `exit` ends only the script).
struct ScriptShellCommand: ShellCommand {
    /// bash, or dash, the `sh` of Debian and Ubuntu.
    var flavour = ShellFlavour.bash

    /// Makes `bash` and `sh` (with their /bin paths) run scripts in `session`.
    static func install(in session: ShellSession) {
        for (name, flavour) in [("bash", ShellFlavour.bash), ("sh", .dash)] {
            session.register(name, ScriptShellCommand(flavour: flavour))
            session.register("/bin/" + name, ScriptShellCommand(flavour: flavour))
        }
    }

    func run(_ context: CommandContext) -> Int32 {
        let name = context.arguments[0]
        var words = Array(context.arguments.dropFirst())[...]
        if words.first == "--" { words.removeFirst() }
        if words.first == "-c" {
            words.removeFirst()
            guard let commands = words.popFirst() else {
                context.io.err("\(name): -c: option requires an argument\n")
                return 2
            }
            let zero = words.popFirst() ?? name
            return context.session.runScript(
                commands, name: zero, arguments: Array(words), flavour: flavour, commandString: true, io: context.io)
        }
        guard let script = words.popFirst() else {
            // Reading the terminal (or the lines piped into the lab) it takes a line at a time
            // and stops at `exit`, leaving the rest to the shell that started it.
            if let stream = context.standardInput, stream.isTerminal {
                return context.session.runLines(from: stream, name: name, flavour: flavour, io: context.io)
            }
            return context.session.runScript(context.io.input, name: name, arguments: [], flavour: flavour, io: context.io)
        }
        do throws(FileError) {
            let text = try context.session.readFile(script)
            return context.session.runScript(text, name: script, arguments: Array(words), flavour: flavour, io: context.io)
        } catch {
            context.io.err("\(name): \(script): \(error.message)\n")
            return error == .noSuchFile ? 127 : 126
        }
    }

    /// Whether a file's text is a script bash runs itself when it is executed: a `#!` line
    /// naming bash or sh, or no `#!` line at all.
    static func runsInShell(_ text: String) -> Bool {
        guard text.hasPrefix("#!") else { return !text.contains("\0") }
        let line = text.dropFirst(2).prefix { $0 != "\n" }
        let words = line.split(separator: " ")
        guard let program = words.first?.split(separator: "/").last else { return false }
        if program == "env", let target = words.dropFirst().first { return ["bash", "sh"].contains(target) }
        return ["bash", "sh", "dash"].contains(program)
    }
}
