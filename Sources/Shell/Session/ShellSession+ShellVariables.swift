/// The variables the shell itself keeps: bash's `UID`, `EUID` and `PPID` (read-only, not
/// exported), its `LINENO`, and `$0`; dash and busybox ash keep only `PPID`, which they let
/// scripts change.
extension ShellSession {
    /// The shell's own value of `name`, or nil when the shell keeps no such variable.
    func shellVariable(_ name: String) -> String? {
        switch name {
        case "UID" where flavour == .bash, "EUID" where flavour == .bash: userID.map(String.init)
        case "PPID": String(parentProcessID)
        // The line the running command is on, counted from the shell's first line.
        case "LINENO" where flavour == .bash: String(linesRead + currentLine)
        default: nil
        }
    }

    /// Whether assigning to `name` fails with `bash: NAME: readonly variable`.
    func isReadonly(_ name: String) -> Bool {
        (flavour == .bash && ["UID", "EUID", "PPID"].contains(name)) || attributes[name]?.contains("r") == true
    }

    /// The user's ID from the session's `/etc/passwd` (root is 0 everywhere).
    var userID: Int? { UserDatabase(self).user(user)?.uid ?? (user == "root" ? 0 : nil) }

    /// The message of a write to a read-only variable.
    static func readonlyMessage(_ name: String) -> String { "bash: \(name): readonly variable\n" }
}
