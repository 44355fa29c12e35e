/// Pathname expansion of a container script's fields over the files the cluster can tell about:
/// `*`, `?` and bracket expressions, unquoted, match names in the directories a field names, in
/// byte order as the C locale sorts them; a field that matches nothing stays as written.
extension ScriptOutput {
    /// The paths `field` expands to; the field itself when it is no pattern or matches nothing;
    /// nil when a directory it searches is one the cluster cannot list.
    func pathnames(_ field: [ScriptFields.Character]) -> [String]? {
        let written = ScriptFields.text(field)
        guard ScriptGlob.isPattern(field[...]), let files = context.files else { return [written] }
        var components = field.split { $0.value == "/" }.map(Array.init)
        var candidates = [field.first?.value == "/" ? "/" : ""]
        while !components.isEmpty {
            let component = components.removeFirst()
            var next: [String] = []
            for candidate in candidates {
                let joined = { (name: String) in candidate.isEmpty || candidate.hasSuffix("/") ? candidate + name : candidate + "/" + name }
                guard ScriptGlob.isPattern(component[...]) else {
                    next.append(joined(ScriptFields.text(component)))
                    continue
                }
                guard let found = files.lookup(candidate.isEmpty ? "." : candidate, at: now) else { return nil }
                guard case .directory(let names) = found else { continue }
                let hidden = component.first?.value == "."
                for name in names where hidden || !name.hasPrefix(".") {
                    if ScriptGlob.matches(component[...], Array(name)[...]) { next.append(joined(name)) }
                }
            }
            candidates = next
        }
        // Names after the last pattern must be there too.
        var matched: [String] = []
        for candidate in candidates {
            guard let found = files.lookup(candidate, at: now) else { return nil }
            if found != .missing { matched.append(candidate) }
        }
        return matched.isEmpty ? [written] : matched.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }
}

/// fnmatch over one path component, as the shells match a pathname pattern's pieces.
enum ScriptGlob {
    /// Whether `field` has an unquoted `*`, `?` or bracket expression; a `[` that no `]` closes
    /// is an ordinary character (`[[`).
    static func isPattern(_ field: ArraySlice<ScriptFields.Character>) -> Bool {
        for index in field.indices where !field[index].quoted {
            switch field[index].value {
            case "*", "?": return true
            case "[":
                var rest = field[(index + 1)...]
                if let first = rest.first, !first.quoted, first.value == "!" || first.value == "^" { rest = rest.dropFirst() }
                // A `]` first in the brackets is a member, not the end.
                if rest.dropFirst().contains(where: { $0.value == "]" && !$0.quoted }) { return true }
            default: continue
            }
        }
        return false
    }

    /// Whether `name` matches `pattern`: `*` any run, `?` one character, `[...]` one of a set
    /// (`!` or `^` first negates, `a-z` a range); quoted characters match themselves.
    static func matches(_ pattern: ArraySlice<ScriptFields.Character>, _ name: ArraySlice<Character>) -> Bool {
        guard let first = pattern.first else { return name.isEmpty }
        let rest = pattern.dropFirst()
        if !first.quoted, first.value == "*" {
            var tail = name
            while true {
                if matches(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let char = name.first else { return false }
        if !first.quoted, first.value == "?" { return matches(rest, name.dropFirst()) }
        if !first.quoted, first.value == "[", let (holds, after) = bracket(rest, char) {
            return holds && matches(after, name.dropFirst())
        }
        return first.value == char && matches(rest, name.dropFirst())
    }

    /// Whether `char` is in the bracket expression that starts `pattern` (after its `[`), and the
    /// pattern after its `]`; nil when the bracket is not closed (then `[` is an ordinary character).
    private static func bracket(
        _ pattern: ArraySlice<ScriptFields.Character>, _ char: Character
    ) -> (Bool, ArraySlice<ScriptFields.Character>)? {
        var rest = pattern
        var negated = false
        if let first = rest.first, !first.quoted, first.value == "!" || first.value == "^" {
            negated = true
            rest = rest.dropFirst()
        }
        var found = false
        var first = true
        while let member = rest.first {
            if member.value == "]", !member.quoted, !first { return (found != negated, rest.dropFirst()) }
            first = false
            rest = rest.dropFirst()
            if let dash = rest.first, dash.value == "-", !dash.quoted, let upper = rest.dropFirst().first, upper.value != "]" {
                if member.value <= char && char <= upper.value { found = true }
                rest = rest.dropFirst(2)
            } else if member.value == char {
                found = true
            }
        }
        return nil
    }
}
