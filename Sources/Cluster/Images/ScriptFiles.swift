/// The files a container's `sh -c` script creates and removes, and when.
///
/// `touch /tmp/healthy; sleep 30; rm -f /tmp/healthy; sleep 600` holds `/tmp/healthy` for its
/// first 30 seconds.
/// Scripts are read as `ContainerRun` reads them (statements one after another); the timeline
/// stops at the first statement that never ends, such as a loop.
public struct ScriptFiles: Sendable, Equatable {
    /// One change: `path` exists (or not) from `atMilliseconds` after the process started.
    struct Change: Sendable, Equatable {
        var path: String
        var atMilliseconds: Int64
        var exists: Bool
    }

    var changes: [Change] = []

    /// Whether the script has created `path` (and not yet removed it) `elapsed` ms after it started.
    public func exists(_ path: String, after elapsed: Int64) -> Bool {
        changes.last { $0.path == path && $0.atMilliseconds <= elapsed }?.exists ?? false
    }

    static func of(_ argv: [String]) -> ScriptFiles {
        guard let first = argv.first, ["sh", "bash", "ash"].contains(ContainerProcess.basename(first)),
            argv.count > 2, argv[1] == "-c"
        else { return ScriptFiles() }
        var files = ScriptFiles()
        var elapsed: Int64 = 0
        for statement in argv[2].split(whereSeparator: { $0 == ";" || $0 == "&" || $0 == "\n" }) {
            let words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let program = words.first.map(ContainerProcess.basename) else { continue }
            files.record(words, at: elapsed)
            guard case .exits(let milliseconds, _) = ContainerRun.program(words), program != "exit" else { break }
            elapsed += milliseconds
        }
        return files
    }

    /// What one statement does to the file system: `touch`, `mkdir`, `rm`, and `>`/`>>` redirections.
    private mutating func record(_ words: [String], at time: Int64) {
        let operands = words.dropFirst().filter { !$0.hasPrefix("-") }
        if let index = words.firstIndex(where: { $0 == ">" || $0 == ">>" }), index + 1 < words.count {
            changes.append(Change(path: words[index + 1], atMilliseconds: time, exists: true))
        } else if let target = words.first(where: {
            $0.hasPrefix(">") && $0.count > 1 && !$0.hasPrefix(">>") || $0.hasPrefix(">>") && $0.count > 2
        }) {
            changes.append(Change(path: String(target.drop { $0 == ">" }), atMilliseconds: time, exists: true))
        }
        switch ContainerProcess.basename(words[0]) {
        case "touch", "mkdir":
            changes += operands.map { Change(path: $0, atMilliseconds: time, exists: true) }
        case "rm", "rmdir":
            changes += operands.map { Change(path: $0, atMilliseconds: time, exists: false) }
        default:
            break
        }
    }
}
