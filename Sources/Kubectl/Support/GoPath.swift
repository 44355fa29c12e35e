/// Go's `path` functions over slash-separated paths, as kubectl cp names files with them and the
/// apiserver's proxy joins a target's path.
enum GoPath {
    /// `path.Clean`: no `.`, no `x/..`, no doubled or trailing slashes; `.` for nothing.
    static func clean(_ path: String) -> String {
        guard !path.isEmpty else { return "." }
        let rooted = path.hasPrefix("/")
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                if let last = parts.last, last != ".." {
                    parts.removeLast()
                } else if !rooted {
                    parts.append(part)
                }
            default: parts.append(part)
            }
        }
        let joined = parts.joined(separator: "/")
        if rooted { return "/" + joined }
        return joined.isEmpty ? "." : joined
    }

    /// `path.Join`: the non-empty elements joined with slashes, cleaned.
    static func join(_ elements: String...) -> String {
        let kept = elements.filter { !$0.isEmpty }
        return kept.isEmpty ? "" : clean(kept.joined(separator: "/"))
    }

    /// apimachinery's `JoinPreservingTrailingSlash`: `join`, keeping the last non-empty element's
    /// closing slash.
    static func joinPreservingTrailingSlash(_ elements: String...) -> String {
        let kept = elements.filter { !$0.isEmpty }
        guard let last = kept.last else { return "" }
        let joined = clean(kept.joined(separator: "/"))
        return last.hasSuffix("/") && !joined.hasSuffix("/") ? joined + "/" : joined
    }

    /// `path.Base`: the last element; `/` for the root, `.` for nothing.
    static func base(_ path: String) -> String {
        guard !path.isEmpty else { return "." }
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == "/" { return "/" }
        return String(trimmed.split(separator: "/").last ?? "")
    }

    /// `path.Dir`: everything before the last element, cleaned.
    static func directory(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return clean(String(path[...slash]))
    }

    /// `filepath.Abs`: `path` from the working directory `cwd`, cleaned.
    static func absolute(_ path: String, from cwd: String) -> String {
        clean(path.hasPrefix("/") ? path : cwd + "/" + path)
    }

    /// `filepath.Rel` for two absolute, clean paths: `target` as reached from `base`.
    static func relative(_ target: String, to base: String) -> String {
        let (to, from) = (clean(target).split(separator: "/"), clean(base).split(separator: "/"))
        let common = zip(to, from).prefix { $0.0 == $0.1 }.count
        let parts = Array(repeating: "..", count: from.count - common) + to.dropFirst(common).map(String.init)
        return parts.isEmpty ? "." : parts.joined(separator: "/")
    }

    /// kubectl's `stripPathShortcuts`: leading `../` and `./` removed; nothing for `.` or `..`.
    static func strippingShortcuts(_ path: String) -> String {
        var rest = Substring(path)
        while rest.hasPrefix("../") || rest.hasPrefix("./") { rest = rest.drop { $0 == "." }.dropFirst() }
        return rest == "." || rest == ".." ? "" : String(rest)
    }
}
