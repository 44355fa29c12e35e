import Kubectl

/// An image's `sh` or `bash` run by `kubectl exec`: `-c SCRIPT` runs the script; a file operand
/// runs that file; without operands it reads its commands from stdin, as a shell whose input is
/// a pipe does. It reads the language of the image's shell (`ShellDialect`), and a command the
/// image does not have fails as that shell words it (dash `sh: 1: curl: not found`, busybox
/// `sh: curl: not found`, bash `bash: line 1: curl: command not found`, with the script's line)
/// with status 127.
struct PodShell: ShellCommand {
    let flavour: ShellFlavour

    func run(_ context: CommandContext) -> Int32 {
        let name = context.arguments[0].split(separator: "/").last.map(String.init) ?? "sh"
        let words = Array(context.arguments.dropFirst())
        let session = context.session
        let saved = (session.fallback, session.flavour, session.commandName, session.linesRead, session.numbersMessageLines, session.appletName)
        let scriptShellDepth = session.scriptShellDepth
        defer {
            (session.fallback, session.flavour, session.commandName, session.linesRead, session.numbersMessageLines, session.appletName) = saved
            session.scriptShellDepth = scriptShellDepth
        }
        // dash and ash word a missing command themselves (`ShellDialect+Messages.swift`); bash
        // names its `-c` or script lines.
        session.fallback = flavour != .bash ? nil : { [unowned session] words, io in
            io.err("\(name): line \(session.currentLine): \(words.first ?? ""): command not found\n")
            return 127
        }
        // While it runs, the shell is this image's (bash's UID, or none, and its language), its
        // lines are counted from 1, and `$0` is the name it was started by, the name after
        // `-c COMMANDS`, or its script's; ash then names the line in its messages.
        session.flavour = flavour
        session.appletName = name
        session.linesRead = 0
        if words.first == "-c" {
            session.commandName = words.count > 2 ? words[2] : context.arguments[0]
            session.numbersMessageLines = flavour == .ash && words.count > 2
        } else {
            session.commandName = words.first ?? context.arguments[0]
            session.numbersMessageLines = flavour == .ash && !words.isEmpty
        }
        if words.first == "-c", words.count < 2 {
            context.io.err("\(context.arguments[0]): -c: option requires an argument\n")
            return 2
        }
        // A process of its own: what it sets and exports goes with it.
        return session.isolated {
            session.startShell(flavour)
            session.scriptShellDepth = flavour == .bash ? session.subshellDepth : nil
            if words.first == "-c" {
                session.execsLastCommand = flavour == .bash
                return session.run(words[1], input: context.io.input, sink: context.io.sink).status
            }
            if let script = words.first {
                do throws(FileError) {
                    return session.run(try session.readFile(script), sink: context.io.sink).status
                } catch {
                    context.io.err("\(context.arguments[0]): \(script): No such file or directory\n")
                    return 127
                }
            }
            guard !context.io.input.isEmpty else { return 0 }
            return session.run(context.io.input, sink: context.io.sink).status
        }
    }
}
