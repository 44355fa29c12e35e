import Kubectl

extension ShellSession {
    /// The language of the shell reading the lines.
    var dialect: ShellDialect { ShellDialect(flavour) }

    /// The builtin `name` runs in this shell, if it has one of that name.
    func builtin(named name: String) -> (any ShellCommand)? {
        dialect.missingBuiltins.contains(name) ? nil : Builtins.command(named: name)
    }

    /// The start of a message of the shell's own (or of its `builtin`) about `line`, by default
    /// the running command's, counted as the shell counts the lines it has read.
    func shellMessagePrefix(line: Int? = nil, builtin: String? = nil) -> String {
        dialect.messagePrefix(
            shell: commandName, line: line ?? linesRead + currentLine, numbersLines: numbersMessageLines, builtin: builtin,
            interactive: depth == 1 && scriptName == nil)
    }

    /// Writes the shell's message for a failed expansion, in its own words; the status the
    /// command then has (dash and ash raise an error, which sets 2).
    func report(_ error: ExpansionError, to sink: any OutputSink) -> Int32 {
        let text: String?
        switch error {
        case .badSubstitution: text = dialect.badSubstitutionMessage
        case .readonly(let name): text = dialect.readonlyMessage(name)
        case .unset(let name, _): text = dialect.unsetMessage(name)
        case .required(let subject, let null): text = dialect.requiredMessage(subject, null: null)
        case .parameter(let words): text = dialect.flavour == .bash ? nil : words
        default: text = nil
        }
        guard let text else { return reportInBash(error, to: sink) }
        sink.write(shellMessagePrefix() + text + "\n", to: .stderr)
        return 2
    }

    /// bash's message for a failed expansion, and the status after it. Running a script or a
    /// `-c` string, bash names the line, and a parameter's failure ends it with 127
    /// (`run_one_command`'s status for a fatal error), or ends the subshell it is in with 1.
    private func reportInBash(_ error: ExpansionError, to sink: any OutputSink) -> Int32 {
        let message = error.message
        switch error {
        case .unset, .required, .parameter:
            guard let depth = scriptShellDepth else { break }
            sink.write("\(commandName): line \(linesRead + currentLine): " + message.dropFirst("bash: ".count), to: .stderr)
            return subshellDepth > depth ? 1 : 127
        default:
            break
        }
        sink.write(message, to: .stderr)
        return 1
    }
}
