/// Variable assignments in a container's script: `NAME=value` alone sets the variable;
/// before a command (`FOO=bar env`) it is set and exported for that command alone, and given
/// back after it. Before a special builtin (`:`, `export`, `set`, ...) dash and busybox ash keep
/// it, unexported, as POSIX says (and bash started as `sh`); bash gives it back there too. A function call has it for the call.
extension ScriptOutput {
    /// Sets `NAME=value`; false when `text` is no assignment.
    @discardableResult
    mutating func assign(_ text: String) -> Bool {
        guard let equals = text.firstIndex(of: "="), Self.isName(text[..<equals]) else { return false }
        variables[String(text[..<equals])] = String(text[text.index(after: equals)...])
        return true
    }

    /// Expands and sets the assignments before `program`, left to right (each sees the ones
    /// before it); returns what to give back after it, empty when they stay.
    mutating func assignPrefix(
        _ assignments: ArraySlice<ScriptSyntax.Word>, for program: String
    ) -> [(name: String, value: String?, exported: Bool)] {
        let kept = (shell != .bash || bashPosix) && Self.specialBuiltins.contains(program) && functions[program] == nil
        var saved: [(name: String, value: String?, exported: Bool)] = []
        for word in assignments where !stopped {
            let text = expandJoined(word)
            guard let equals = text.firstIndex(of: "=") else { continue }
            let name = String(text[..<equals])
            if !kept, !saved.contains(where: { $0.name == name }) {
                saved.append((name, variables[name], exported.contains(name)))
                if !exported.contains(name) { exported.append(name) }
                temporaryEnv.removeAll { $0 == name }
                temporaryEnv.append(name)
            }
            variables[name] = String(text[text.index(after: equals)...])
        }
        return saved
    }

    /// Gives back the variables `assignPrefix` set for one command.
    mutating func restorePrefix(_ saved: [(name: String, value: String?, exported: Bool)]) {
        for (name, value, wasExported) in saved {
            variables[name] = value
            if !wasExported { exported.removeAll { $0 == name } }
            temporaryEnv.removeAll { $0 == name }
        }
    }

    /// The variables set for the running command alone, in the order bash hands them over,
    /// before all others: its temporary environment is a table of 4 buckets (`hash_string`'s
    /// low two bits), each listing the newest first.
    func bashTemporaryOrder() -> [String] {
        temporaryEnv.enumerated()
            .sorted { (BashVariableTable.hash($0.element) & 3, -$0.offset) < (BashVariableTable.hash($1.element) & 3, -$1.offset) }
            .map(\.element)
    }

    /// A command's words expanded into its arguments; after `export`, `local` or `readonly` an
    /// assignment is expanded whole, as all three shells take them.
    mutating func expandArguments(_ words: [ScriptSyntax.Word]) -> [String] {
        guard let first = words.first.flatMap(ScriptSyntax.plain), ["export", "local", "readonly"].contains(first) else {
            return expandAll(words)
        }
        return [first] + words.dropFirst().flatMap { Self.isAssignment($0) ? [expandJoined($0)] : expandAll([$0]) }
    }

    /// POSIX's special builtins, after which dash and ash keep the assignments before them.
    static let specialBuiltins: Set<String> = [
        ":", ".", "break", "continue", "eval", "exec", "exit", "export", "readonly", "return", "set", "shift", "times",
        "trap", "unset",
    ]
}
