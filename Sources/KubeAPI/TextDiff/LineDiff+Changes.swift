extension LineDiff {
    /// One run of change: `deleted` lines of the old text from `oldStart` replaced by `inserted`
    /// lines of the new text from `newStart` (0-based).
    public struct Change: Sendable, Equatable {
        public var oldStart: Int
        public var newStart: Int
        public var deleted: Int
        public var inserted: Int
    }

    /// The runs of change, in order.
    public var changes: [Change] {
        var result: [Change] = []
        var i = 0
        var j = 0
        while i < deleted.count || j < inserted.count {
            let isDeleted = i < deleted.count && deleted[i]
            let isInserted = j < inserted.count && inserted[j]
            guard isDeleted || isInserted else { i += 1; j += 1; continue }
            var change = Change(oldStart: i, newStart: j, deleted: 0, inserted: 0)
            while i < deleted.count && deleted[i] { i += 1; change.deleted += 1 }
            while j < inserted.count && inserted[j] { j += 1; change.inserted += 1 }
            result.append(change)
        }
        return result
    }

    /// A text cut into lines, each keeping its newline; a last line without one stays without,
    /// so it differs from the same line with one, as diff sees it.
    public static func lines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if character == "\n" { lines.append(current); current = "" }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// A line as diff writes it after its marker, with GNU's note when the file ends without a newline.
    static func written(_ line: String) -> String {
        line.hasSuffix("\n") ? line : line + "\n\\ No newline at end of file\n"
    }
}
