/// One character of a glob pattern, and whether it was quoted (and so matches only itself).
struct PatternCharacter {
    var scalar: Unicode.Scalar
    var quoted: Bool

    /// A pattern written as `fnmatch` reads it: a backslash quotes the character after it, and a
    /// trailing one stands for itself.
    static func unescaping(_ pattern: String) -> [PatternCharacter] {
        var characters: [PatternCharacter] = []
        var escaped = false
        for scalar in pattern.unicodeScalars {
            if !escaped, scalar == "\\" {
                escaped = true
                continue
            }
            characters.append(PatternCharacter(scalar: scalar, quoted: escaped))
            escaped = false
        }
        if escaped { characters.append(PatternCharacter(scalar: "\\", quoted: true)) }
        return characters
    }
}

extension VirtualFileSystem {
    /// The paths matching a glob pattern, sorted; relative patterns start at `directory`.
    ///
    /// Names starting with `.` match only a pattern component that starts with a literal `.`.
    func glob(_ pattern: [PatternCharacter], from directory: String, user: String) -> [String] {
        let components = pattern.split(omittingEmptySubsequences: true) { $0.scalar == "/" }
        let absolute = pattern.first?.scalar == "/"
        let wantsDirectory = pattern.last?.scalar == "/"
        var candidates: [(shown: String, path: String)] = [(absolute ? "/" : "", absolute ? "/" : directory)]
        for component in components {
            var next: [(shown: String, path: String)] = []
            let isPattern = component.contains {
                !$0.quoted && ($0.scalar == "*" || $0.scalar == "?" || $0.scalar == "[")
            }
            for candidate in candidates {
                let prefix =
                    candidate.shown.isEmpty || candidate.shown.hasSuffix("/") ? candidate.shown : candidate.shown + "/"
                if isPattern {
                    guard let parent = node(at: candidate.path), parent.kind == .directory,
                        Self.allows(parent, user: user, 0o4), Self.allows(parent, user: user, 0o1),
                        let names = list(candidate.path)
                    else { continue }
                    for name in names where Self.globMatches(Array(component), Array(name.unicodeScalars)) {
                        next.append((prefix + name, Self.normalize(name, relativeTo: candidate.path)))
                    }
                } else {
                    let name = String(String.UnicodeScalarView(component.map(\.scalar)))
                    let path = Self.normalize(name, relativeTo: candidate.path)
                    if exists(path) { next.append((prefix + name, path)) }
                }
            }
            candidates = next
        }
        if wantsDirectory { candidates = candidates.filter { isDirectory($0.path) }.map { ($0.shown + "/", $0.path) } }
        return candidates.map(\.shown).filter { !$0.isEmpty }.sorted(by: codePointOrder)
    }

    /// Whether `name` matches one glob pattern component (`*`, `?`, `[...]`, literal characters).
    /// A leading `.` must be matched by a literal one unless `periodIsSpecial` is false.
    static func globMatches(_ pattern: [PatternCharacter], _ name: [Unicode.Scalar], periodIsSpecial: Bool = true) -> Bool {
        if periodIsSpecial, name.first == ".", pattern.first?.scalar != "." { return false }
        var p = 0
        var n = 0
        var star: (p: Int, n: Int)?
        while n < name.count {
            if p < pattern.count, !pattern[p].quoted, pattern[p].scalar == "*" {
                star = (p, n)
                p += 1
                continue
            }
            if p < pattern.count, let next = matchOne(pattern, p, name[n]) {
                p = next
                n += 1
                continue
            }
            guard let backtrack = star else { return false }
            star = (backtrack.p, backtrack.n + 1)
            p = backtrack.p + 1
            n = backtrack.n + 1
        }
        while p < pattern.count, !pattern[p].quoted, pattern[p].scalar == "*" { p += 1 }
        return p == pattern.count
    }

    /// If the pattern element at `p` matches `c`, the index of the next element.
    private static func matchOne(_ pattern: [PatternCharacter], _ p: Int, _ c: Unicode.Scalar) -> Int? {
        let element = pattern[p]
        if element.quoted { return element.scalar == c ? p + 1 : nil }
        switch element.scalar {
        case "?": return p + 1
        case "[":
            let scalars = pattern.map(\.scalar)
            if let (expression, end) = try? BracketExpression.parse(scalars, at: p, negators: ["!", "^"]) {
                return expression.matches(c) ? end : nil
            }
            return c == "[" ? p + 1 : nil
        default: return element.scalar == c ? p + 1 : nil
        }
    }
}
