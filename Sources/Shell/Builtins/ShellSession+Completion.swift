import Kubectl

/// What Tab completion asks of the shell: `complete`'s specifications and the names bash
/// completes from (commands, variables, files of the simulated filesystem).
extension ShellSession {
    /// The specification `complete` recorded for `command`, if any.
    public func completionSpec(for command: String) -> CompletionSpec? { completions[command] }

    /// Whether the shell has a function of that name.
    public func hasFunction(_ name: String) -> Bool { functions[name] != nil }

    /// The words `spec` offers at Tab for `word`, with what its function replied; directories
    /// end in "/".
    public func completionWords(of spec: CompletionSpec, word: String, reply: [String] = []) -> [String] {
        spec.candidates(for: word, session: self, errors: OutputBuffer(), marking: true, reply: reply)
    }

    /// Command names starting with `word` in bash's order: aliases, reserved words, functions,
    /// builtins, then programs.
    public func commandCompletions(_ word: String) -> [String] {
        let programs = commands.keys.filter { !Builtins.names.contains($0) }.sorted(by: codePointOrder)
        let names =
            aliases.keys.sorted(by: codePointOrder) + CompletionSpec.keywords
            + functions.keys.sorted(by: codePointOrder) + Builtins.names + programs
        return names.filter { $0.hasPrefix(word) }
    }

    /// Every shell variable's name, sorted.
    public var variableNames: [String] {
        Set(environment.keys).union(arrays.keys).union(associative.keys).sorted(by: codePointOrder)
    }

    /// The names in the simulated filesystem that complete `word`.
    ///
    /// The word is kept as typed up to its last "/" (`~` included). Hidden names match too, `.`
    /// and `..` only a word starting with a dot. With `marking`, directories end in "/", as
    /// readline inserts them.
    public func fileCompletions(_ word: String, directoriesOnly: Bool = false, marking: Bool = true) -> [String] {
        let slash = word.lastIndex(of: "/")
        let typed = slash.map { String(word[...$0]) } ?? ""
        let base = slash.map { String(word[word.index(after: $0)...]) } ?? word
        // Listed as the user may: each directory on the way searchable, the last one readable.
        guard let found = try? filesystem.lookup(typed.isEmpty ? "." : tildeExpanded(typed), from: cwd, user: user),
            filesystem.canRead(found.path, user: user), let names = filesystem.list(found.path)
        else { return [] }
        let entries = base.hasPrefix(".") ? ([".", ".."] + names).sorted(by: codePointOrder) : names
        return entries.filter { $0.hasPrefix(base) }.compactMap { name in
            let entry = try? filesystem.lookup(found.path + "/" + name, from: "/", user: user).entry
            let isDirectory = entry?.kind == .directory
            if directoriesOnly, !isDirectory { return nil }
            return typed + name + (marking && isDirectory ? "/" : "")
        }
    }

    /// `compgen -G`: the paths the glob matches, not filtered by the word.
    func globCompletions(_ pattern: String) -> [String] {
        filesystem.glob(PatternCharacter.unescaping(pattern), from: cwd, user: user)
    }

    /// The first field of each line of an account file (`/etc/passwd`, `/etc/group`).
    func accountNames(in path: String) -> [String] {
        (filesystem.read(path) ?? "").split(separator: "\n").compactMap { line in
            line.split(separator: ":", omittingEmptySubsequences: false).first.map(String.init)
        }
    }

    /// A leading `~` or `~NAME` replaced by the home directory it names.
    private func tildeExpanded(_ path: String) -> String {
        guard path.hasPrefix("~") else { return path }
        let end = path.firstIndex(of: "/") ?? path.endIndex
        let name = path[path.index(after: path.startIndex)..<end]
        let home = name.isEmpty ? self.home : name == "root" ? "/root" : "/home/" + name
        return home + path[end...]
    }
}
