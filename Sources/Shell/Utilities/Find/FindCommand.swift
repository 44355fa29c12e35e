import Kubectl

/// GNU findutils' `find [PATH...] [EXPRESSION]` over the virtual file system: `-name`, `-iname`,
/// `-path`, `-type`, `-empty`, `-maxdepth`, `-mindepth`, `!`, `-o`, `-print`. Each directory's
/// entries come in name order (a real disk gives them in its own order).
struct FindCommand: ShellCommand {
    func run(_ context: CommandContext) -> Int32 {
        if let status = GNUMessages.standardOption("find", context) { return status }
        let words = Array(context.arguments.dropFirst())
        let start = words.firstIndex { $0.hasPrefix("-") && $0 != "-" || $0 == "!" || $0 == "(" } ?? words.count
        var roots = Array(words[..<start])
        let expression: FindExpression
        do {
            expression = try FindExpression(Array(words[start...]))
        } catch {
            context.io.err("find: \(error.message)\n")
            return 1
        }
        for warning in expression.warnings { context.io.err(warning) }
        if roots.isEmpty { roots = ["."] }
        var status: Int32 = 0
        var output = ""
        for root in roots {
            let session = context.session
            guard !root.isEmpty else {
                context.io.err("find: ‘’: No such file or directory\n")
                status = 1
                continue
            }
            let entry: VirtualFileSystem.Entry?
            let path: String
            do throws(FileError) {
                (path, entry) = try session.filesystem.lookup(root, from: session.cwd, user: session.user, followLast: false)
            } catch {
                context.io.err("find: ‘\(root)’: \(error.message)\n")
                status = 1
                continue
            }
            guard let entry else {
                context.io.err("find: ‘\(root)’: No such file or directory\n")
                status = 1
                continue
            }
            walk(shown: root, path: path, entry: entry, depth: 0, expression, session, &output, &status, context.io)
        }
        context.io.out(output)
        return status
    }

    private func walk(
        shown: String, path: String, entry: VirtualFileSystem.Entry, depth: Int, _ expression: FindExpression,
        _ session: ShellSession, _ output: inout String, _ status: inout Int32, _ io: IOStreams
    ) {
        let fs = session.filesystem
        if depth >= expression.minDepth, matches(expression, shown: shown, path: path, entry: entry, fs) {
            output += shown + "\n"
        }
        guard entry.kind == .directory, depth < expression.maxDepth ?? Int.max else { return }
        guard fs.canRead(path, user: session.user), let names = fs.list(path) else {
            io.out(output)
            output = ""
            io.err("find: ‘\(shown)’: Permission denied\n")
            status = 1
            return
        }
        for name in names.sorted(by: codePointOrder) {
            let childPath = path == "/" ? "/" + name : path + "/" + name
            guard let child = fs.linkEntry(childPath) ?? fs.entry(childPath) else { continue }
            let childShown = shown.hasSuffix("/") ? shown + name : shown + "/" + name
            walk(shown: childShown, path: childPath, entry: child, depth: depth + 1, expression, session, &output, &status, io)
        }
    }

    private func matches(
        _ expression: FindExpression, shown: String, path: String, entry: VirtualFileSystem.Entry, _ fs: VirtualFileSystem
    ) -> Bool {
        expression.alternatives.contains { tests in
            tests.allSatisfy { test, negated in holds(test, shown: shown, path: path, entry: entry, fs) != negated }
        }
    }

    private func holds(
        _ test: FindExpression.Test, shown: String, path: String, entry: VirtualFileSystem.Entry, _ fs: VirtualFileSystem
    ) -> Bool {
        switch test {
        case .name(let pattern, let ignoreCase):
            var base = shown
            while base.count > 1, base.hasSuffix("/") { base.removeLast() }
            if let slash = base.lastIndex(of: "/"), base != "/" { base = String(base[base.index(after: slash)...]) }
            return Self.fnmatch(pattern, base, ignoreCase: ignoreCase)
        case .path(let pattern):
            return Self.fnmatch(pattern, shown, ignoreCase: false)
        case .type(let kind):
            switch kind {
            case "f": return entry.kind == .file
            case "d": return entry.kind == .directory
            case "l": return entry.kind == .symlink
            case "c": return entry.device != nil
            default: return false
            }
        case .empty:
            if entry.kind == .directory { return fs.list(path)?.isEmpty ?? false }
            return entry.kind == .file && entry.size == 0
        case .print, .true:
            return true
        }
    }

    /// fnmatch(3) without FNM_PERIOD: `*` matches a leading dot too; `\` quotes a character.
    static func fnmatch(_ pattern: String, _ name: String, ignoreCase: Bool) -> Bool {
        var characters: [PatternCharacter] = []
        var escaped = false
        for scalar in (ignoreCase ? pattern.lowercased() : pattern).unicodeScalars {
            if escaped || scalar != "\\" {
                characters.append(PatternCharacter(scalar: scalar, quoted: escaped))
                escaped = false
            } else {
                escaped = true
            }
        }
        return VirtualFileSystem.globMatches(
            characters, Array((ignoreCase ? name.lowercased() : name).unicodeScalars), periodIsSpecial: false)
    }
}
