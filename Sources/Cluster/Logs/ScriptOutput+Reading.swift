import KubeAPI

/// `cat`, `ls` and the tests (`test`, `[`, `[[`) of a container's command, on the files it can
/// read as they are at that moment (`ContainerFileView`). A path the cluster cannot tell about
/// leaves the command unknown to this reader; a missing one prints the image's own error text.
extension ScriptOutput {
    /// What `cat` or `ls` prints on its standard output (its errors go to the log at once); nil
    /// when it names an option or a file this reader cannot tell about.
    mutating func read(_ program: String, _ args: [String]) -> String? {
        let options = args.prefix { $0.hasPrefix("-") && $0.count > 1 }
        let operands = Array(args.dropFirst(options.count))
        guard let files = context.files else { return nil }
        var found: [(operand: String, path: ContainerPath)] = []
        for operand in program == "ls" && operands.isEmpty ? ["."] : operands {
            guard let path = files.lookup(operand, at: now) else { return nil }
            found.append((operand, path))
        }
        if program == "cat" {
            guard options.isEmpty else { return nil }
            return cat(found)
        }
        guard options.allSatisfy({ $0 == "-1" }) else { return nil }
        return ls(found)
    }

    private mutating func cat(_ found: [(operand: String, path: ContainerPath)]) -> String {
        var out = ""
        for (operand, path) in found {
            switch path {
            case .file(let content):
                out += content
            case .directory:
                write(out)
                out = ""
                writeError(Self.catIsDirectory(operand, context.userland))
                status = 1
            case .missing:
                write(out)
                out = ""
                writeError(Self.catMissing(operand, context.userland))
                status = 1
            }
        }
        return out
    }

    /// `ls` writing to a pipe, as a container's output is: one name a line, errors first, then
    /// the files named, then each directory's entries (under its name when there are several).
    private mutating func ls(_ found: [(operand: String, path: ContainerPath)]) -> String {
        for (operand, path) in found where path == .missing {
            writeError(Self.lsMissing(operand, context.userland))
            // GNU ls's "serious trouble" is 2; busybox's is 1.
            status = context.userland == .busybox ? 1 : 2
        }
        var blocks: [String] = []
        let files = found.filter { if case .file = $0.path { true } else { false } }.map(\.operand)
        if !files.isEmpty {
            blocks.append(files.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { $0 + "\n" }.joined())
        }
        let headed = found.count > 1
        for (operand, path) in found.sorted(by: { $0.operand.utf8.lexicographicallyPrecedes($1.operand.utf8) }) {
            guard case .directory(let names) = path else { continue }
            let shown = names.filter { !$0.hasPrefix(".") }.map { $0 + "\n" }.joined()
            blocks.append((headed ? operand + ":\n" : "") + shown)
        }
        return blocks.joined(separator: "\n")
    }

    /// Whether a condition holds: `true`, `:`, `false`, and `test`, `[ ... ]` and (in bash and
    /// busybox ash) `[[ ... ]]` on strings, integers and files; nil when this reader cannot tell.
    func test(_ argv: [String]) -> Bool? {
        guard !stopped, let first = argv.first else { return false }
        if first == "!" { return test(Array(argv.dropFirst())).map { !$0 } }
        var words = Array(argv.dropFirst())
        switch first {
        case "true", ":": return true
        case "false": return false
        case "test": break
        case "[":
            guard words.last == "]" else { return nil }
            words.removeLast()
        case "[[":
            guard shell != .dash, words.last == "]]" else { return nil }
            words.removeLast()
        default: return nil
        }
        return evaluate(words[...])
    }

    private func evaluate(_ words: ArraySlice<String>) -> Bool? {
        if words.first == "!", words.count > 1 { return evaluate(words.dropFirst()).map { !$0 } }
        let words = Array(words)
        switch words.count {
        case 0: return false
        case 1: return !words[0].isEmpty
        case 2: return unary(words[0], words[1])
        case 3: return binary(words[0], words[1], words[2])
        default: return nil
        }
    }

    private func unary(_ op: String, _ operand: String) -> Bool? {
        switch op {
        case "-n": return !operand.isEmpty
        case "-z": return operand.isEmpty
        case "-e", "-f", "-d", "-s", "-r":
            guard let path = context.files?.lookup(operand, at: now) else { return nil }
            switch (op, path) {
            case (_, .missing): return false
            case ("-f", .directory), ("-d", .file): return false
            case ("-s", .file(let content)): return !content.isEmpty
            case ("-s", .directory): return nil
            default: return true
            }
        default: return nil
        }
    }

    private func binary(_ a: String, _ op: String, _ b: String) -> Bool? {
        switch op {
        case "=", "==": return "*?[".contains(where: b.contains) ? nil : a == b
        case "!=": return "*?[".contains(where: b.contains) ? nil : a != b
        default: break
        }
        guard let x = Int(a), let y = Int(b) else { return nil }
        switch op {
        case "-lt": return x < y
        case "-le": return x <= y
        case "-gt": return x > y
        case "-ge": return x >= y
        case "-eq": return x == y
        case "-ne": return x != y
        default: return nil
        }
    }

    /// busybox's and GNU's words for a file `cat` cannot open, a directory it cannot read, and
    /// a path `ls` cannot find.
    static func catMissing(_ path: String, _ userland: ImageCatalog.Userland) -> String {
        userland == .busybox
            ? "cat: can't open '\(path)': No such file or directory\n" : "cat: \(path): No such file or directory\n"
    }

    static func catIsDirectory(_ path: String, _ userland: ImageCatalog.Userland) -> String {
        userland == .busybox ? "cat: read error: Is a directory\n" : "cat: \(path): Is a directory\n"
    }

    static func lsMissing(_ path: String, _ userland: ImageCatalog.Userland) -> String {
        userland == .busybox
            ? "ls: \(path): No such file or directory\n" : "ls: cannot access '\(path)': No such file or directory\n"
    }
}
