/// GNU diff's default output: each change as `LaR`, `LcR` or `LdR` with `< ` and `> ` lines.
public enum NormalDiff {
    /// The changes between two texts' lines (from `LineDiff.lines`), or "" when they are the same.
    public static func changes(_ old: [String], _ new: [String]) -> String {
        var out = ""
        for change in LineDiff(old, new).changes {
            let letter = change.deleted == 0 ? "a" : change.inserted == 0 ? "d" : "c"
            out += range(change.oldStart, change.deleted) + letter + range(change.newStart, change.inserted) + "\n"
            for k in change.oldStart..<(change.oldStart + change.deleted) { out += "< " + LineDiff.written(old[k]) }
            if change.deleted > 0 && change.inserted > 0 { out += "---\n" }
            for k in change.newStart..<(change.newStart + change.inserted) { out += "> " + LineDiff.written(new[k]) }
        }
        return out
    }

    /// A range of lines (1-based): `N`, `N,M`, or for no lines the line before them.
    private static func range(_ start: Int, _ count: Int) -> String {
        switch count {
        case 0: return "\(start)"
        case 1: return "\(start + 1)"
        default: return "\(start + 1),\(start + count)"
        }
    }
}
