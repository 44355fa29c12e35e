/// The unary and binary tests `test`, `[` and `[[` share: file checks against the virtual file
/// system as the session's user, string and integer comparisons.
struct TestPrimitives {
    let session: ShellSession

    static let unaryOperators: Set<String> = [
        "-a", "-b", "-c", "-d", "-e", "-f", "-g", "-h", "-k", "-n", "-p", "-r", "-s", "-t", "-u", "-v", "-w", "-x",
        "-z", "-G", "-L", "-N", "-O", "-S", "-o",
    ]
    static let binaryOperators: Set<String> = [
        "=", "==", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef",
    ]
    static let integerOperators: Set<String> = ["-eq", "-ne", "-lt", "-le", "-gt", "-ge"]

    func unary(_ op: String, _ operand: String) -> Bool {
        switch op {
        case "-z": return operand.isEmpty
        case "-n": return !operand.isEmpty
        case "-v": return session.environment[operand] != nil
        case "-L", "-h": return !operand.isEmpty && session.filesystem.linkEntry(session.resolve(operand))?.kind == .symlink
        case "-o", "-t", "-b", "-c", "-p", "-S", "-g", "-u", "-k", "-N": return false
        default: break
        }
        guard !operand.isEmpty, let entry = session.filesystem.entry(session.resolve(operand)) else { return false }
        switch op {
        case "-e", "-a": return true
        case "-f": return entry.kind == .file
        case "-d": return entry.kind == .directory
        case "-s": return entry.kind == .directory || entry.size > 0
        case "-O": return entry.owner == session.user
        case "-G": return entry.group == session.user
        case "-r": return permits(entry, 0o4)
        case "-w": return permits(entry, 0o2)
        case "-x": return session.user == "root" ? entry.mode & 0o111 != 0 || entry.kind == .directory : permits(entry, 0o1)
        default: return false
        }
    }

    /// Whether the session's user has the permission `bit` (4, 2 or 1) on the entry.
    private func permits(_ entry: VirtualFileSystem.Entry, _ bit: UInt16) -> Bool {
        if session.user == "root" { return true }
        let shift: UInt16 = entry.owner == session.user ? 6 : entry.group == session.user ? 3 : 0
        return entry.mode >> shift & bit != 0
    }

    /// A string or file comparison (integer ones are the caller's: `test` and `[[` read numbers differently).
    func binary(_ op: String, _ left: String, _ right: String) -> Bool {
        switch op {
        case "=", "==": return left == right
        case "!=": return left != right
        case "<": return codePointOrder(left, right)
        case ">": return codePointOrder(right, left)
        case "-nt", "-ot":
            let l = session.filesystem.entry(session.resolve(left))?.modified
            let r = session.filesystem.entry(session.resolve(right))?.modified
            guard let l else { return op == "-ot" && r != nil }
            guard let r else { return op == "-nt" }
            return op == "-nt" ? l > r : l < r
        case "-ef": return !left.isEmpty && session.resolve(left) == session.resolve(right) && session.filesystem.exists(session.resolve(left))
        default: return false
        }
    }

    static func compare(_ op: String, _ left: Int64, _ right: Int64) -> Bool {
        switch op {
        case "-eq": left == right
        case "-ne": left != right
        case "-lt": left < right
        case "-le": left <= right
        case "-gt": left > right
        default: left >= right
        }
    }
}
