/// The errors a container's shell reports itself, on its standard error (which the log keeps),
/// worded and prefixed as each shell does: an unset parameter under `set -u` or in
/// `${NAME?}` ends the shell, with 2 in dash and busybox ash; bash's `-c` ends with 127
/// (`run_one_command`'s status for a fatal error) and a `$(...)` subshell with 1.
///
/// dash names `$0` and the line (`sh: 1: X: parameter not set`); busybox ash names `$0`, and the
/// line only when the script was given a name (`sh -c SCRIPT NAME`), counting a `-c` script's
/// lines from 0 (`lineno = 0; // bash compat` in ash.c); bash names `$0` and `line N`, or
/// `environment` inside a function.
extension ScriptOutput {
    /// Reports that expanding `name` failed (`message` as the shell words it) and ends the shell.
    mutating func expansionFailed(_ message: String) {
        writeError(messagePrefix() + message + "\n")
        status = shell != .bash ? 2 : subshells > 0 ? 1 : 127
        endShell()
    }

    /// A token the script cannot hold where it stands: dash writes `Syntax error: "}" unexpected`
    /// with the line and ends with 2; the others' words are not followed, and the reading stops.
    mutating func syntaxError(_ token: String, line: Int) {
        guard shell == .dash else {
            stopped = true
            return
        }
        self.line = line
        writeError(messagePrefix() + "Syntax error: \"\(token)\" unexpected\n")
        status = 2
        endShell()
    }

    /// `set -u`'s words for an unset parameter: `X: parameter not set`, `X: unbound variable`
    /// (bash writes a positional one `$1`).
    func unsetMessage(_ name: String) -> String {
        guard shell == .bash else { return name + ": parameter not set" }
        return (name.first?.isNumber == true ? "$" + name : name) + ": unbound variable"
    }

    /// `${NAME?}` and `${NAME:?}` without a word of their own.
    func requiredMessage(_ name: String, null: Bool) -> String {
        guard null else { return name + ": parameter not set" }
        return name + (shell == .bash ? ": parameter null or not set" : ": parameter not set or null")
    }

    /// What starts the shell's own messages.
    func messagePrefix() -> String {
        switch shell {
        case .ash: commandName.map { "\($0): line \(line - 1): " } ?? "\(arg0): "
        case .bash: "\(callDepth > 0 ? "environment" : arg0): line \(line): "
        case .dash, nil: "\(arg0): \(line): "
        }
    }

    /// What starts a builtin's error message: ash names the builtin before the line, dash and bash after it.
    func builtinMessagePrefix(_ builtin: String) -> String {
        switch shell {
        case .ash: "\(arg0): \(builtin): line \(line - 1): "
        default: messagePrefix() + builtin + ": "
        }
    }
}
