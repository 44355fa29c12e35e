/// A unified diff of two texts, line by line, as `diff -u` prints it.
public enum UnifiedDiff {
    /// The diff from `old` to `new` with `context` unchanged lines around each change; empty
    /// when the texts are equal.
    public static func render(old: String, new: String, oldLabel: String, newLabel: String, context: Int = 3)
        -> String
    {
        guard old != new else { return "" }
        let edits = script(from: lines(old), to: lines(new))
        var text = "--- \(oldLabel)\n+++ \(newLabel)\n"
        for hunk in hunks(edits, context: context) {
            text += header(edits, hunk)
            for edit in edits[hunk] {
                text += "\(edit.kind.rawValue)\(edit.line)\n"
            }
        }
        return text
    }

    struct Edit: Equatable {
        enum Kind: String {
            case same = " "
            case removed = "-"
            case added = "+"
        }
        var kind: Kind
        var line: String
    }

    static func lines(_ text: String) -> [String] {
        guard !text.isEmpty else { return [] }
        var result = Transcript.scalarLines(text)
        if text.unicodeScalars.last == "\n" { result.removeLast() }
        return result
    }

    /// The shortest edit script by longest common subsequence, after the common ends are set aside.
    static func script(from old: [String], to new: [String]) -> [Edit] {
        var prefix = 0
        while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
            old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
        {
            suffix += 1
        }
        let a = Array(old[prefix..<(old.count - suffix)])
        let b = Array(new[prefix..<(new.count - suffix)])
        var edits = old[..<prefix].map { Edit(kind: .same, line: $0) }
        edits += middle(a, b)
        edits += old[(old.count - suffix)...].map { Edit(kind: .same, line: $0) }
        return edits
    }

    private static func middle(_ a: [String], _ b: [String]) -> [Edit] {
        guard !a.isEmpty, !b.isEmpty, a.count * b.count <= 4_000_000 else {
            return a.map { Edit(kind: .removed, line: $0) } + b.map { Edit(kind: .added, line: $0) }
        }
        let width = b.count + 1
        var table = [Int32](repeating: 0, count: (a.count + 1) * width)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * width + j] =
                    a[i] == b[j]
                    ? table[(i + 1) * width + j + 1] + 1
                    : max(table[(i + 1) * width + j], table[i * width + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(Edit(kind: .same, line: a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[(i + 1) * width + j] >= table[i * width + j + 1] {
                edits.append(Edit(kind: .removed, line: a[i]))
                i += 1
            } else {
                edits.append(Edit(kind: .added, line: b[j]))
                j += 1
            }
        }
        return edits
    }

    /// Ranges of the script to print: each change with `context` lines around, close ones merged.
    static func hunks(_ edits: [Edit], context: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for (index, edit) in edits.enumerated() where edit.kind != .same {
            let range = max(0, index - context)..<min(edits.count, index + context + 1)
            if let last = ranges.last, range.lowerBound <= last.upperBound {
                ranges[ranges.count - 1] = last.lowerBound..<range.upperBound
            } else {
                ranges.append(range)
            }
        }
        return ranges
    }

    private static func header(_ edits: [Edit], _ hunk: Range<Int>) -> String {
        let before = edits[..<hunk.lowerBound]
        let oldBefore = before.filter { $0.kind != .added }.count
        let newBefore = before.filter { $0.kind != .removed }.count
        let oldCount = edits[hunk].filter { $0.kind != .added }.count
        let newCount = edits[hunk].filter { $0.kind != .removed }.count
        return "@@ -\(span(oldBefore, oldCount)) +\(span(newBefore, newCount)) @@\n"
    }

    private static func span(_ before: Int, _ count: Int) -> String {
        switch count {
        case 0: "\(before),0"
        case 1: "\(before + 1)"
        default: "\(before + 1),\(count)"
        }
    }
}
