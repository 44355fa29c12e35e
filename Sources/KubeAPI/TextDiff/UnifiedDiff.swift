/// The hunks of a unified diff (`diff -u`): changes closer than twice the context are one hunk,
/// headed `@@ -START,COUNT +START,COUNT @@` as GNU diff numbers them.
public enum UnifiedDiff {
    /// The hunks between two texts' lines (from `LineDiff.lines`), or "" when they are the same.
    public static func hunks(_ old: [String], _ new: [String], context: Int = 3) -> String {
        let changes = LineDiff(old, new, horizon: context).changes
        var out = ""
        var index = 0
        while index < changes.count {
            // Take every change whose gap from the last is at most twice the context.
            var last = index
            while last + 1 < changes.count,
                changes[last + 1].oldStart - (changes[last].oldStart + changes[last].deleted) <= 2 * context
            {
                last += 1
            }
            let first = changes[index], final = changes[last]
            let oldStart = max(0, first.oldStart - context)
            let newStart = first.newStart - (first.oldStart - oldStart)
            let oldEnd = min(old.count, final.oldStart + final.deleted + context)
            let newEnd = final.newStart + final.inserted + (oldEnd - final.oldStart - final.deleted)
            out += "@@ -\(range(oldStart, oldEnd)) +\(range(newStart, newEnd)) @@\n"
            var line = oldStart
            for change in changes[index...last] {
                for k in line..<change.oldStart { out += " " + LineDiff.written(old[k]) }
                for k in change.oldStart..<(change.oldStart + change.deleted) { out += "-" + LineDiff.written(old[k]) }
                for k in change.newStart..<(change.newStart + change.inserted) { out += "+" + LineDiff.written(new[k]) }
                line = change.oldStart + change.deleted
            }
            for k in line..<oldEnd { out += " " + LineDiff.written(old[k]) }
            index = last + 1
        }
        return out
    }

    /// `START,COUNT` (1-based); a single line is its number alone, no lines the number before.
    private static func range(_ start: Int, _ end: Int) -> String {
        switch end - start {
        case 0: return "\(start),0"
        case 1: return "\(start + 1)"
        default: return "\(start + 1),\(end - start)"
        }
    }
}

extension UnifiedDiff {
    /// The `---`/`+++` lines naming both files with their modification times, as `diff -u` writes
    /// them (`%Y-%m-%d %H:%M:%S.%N %z`).
    public static func header(old: String, oldTime: Timestamp, new: String, newTime: Timestamp) -> String {
        let format = "%Y-%m-%d %H:%M:%S.%N %z"
        return "--- \(old)\t\(oldTime.cFormat(format))\n+++ \(new)\t\(newTime.cFormat(format))\n"
    }

    /// `diff -u -N` of two directories: for each name in either, in byte order, whose contents
    /// differ (a missing file reads as empty), the command line for the pair, its header and hunks.
    /// Returns the output and whether anything differed.
    public static func directories(
        command: String, old: (path: String, files: [String: (text: String, time: Timestamp)]),
        new: (path: String, files: [String: (text: String, time: Timestamp)]), missingTime: Timestamp
    ) -> (output: String, differ: Bool) {
        var output = ""
        var differ = false
        let names = Set(old.files.keys).union(new.files.keys).sorted { Array($0.utf8).lexicographicallyPrecedes($1.utf8) }
        for name in names {
            let before = old.files[name], after = new.files[name]
            let oldPath = old.path + "/" + name, newPath = new.path + "/" + name
            let hunks = hunks(LineDiff.lines(before?.text ?? ""), LineDiff.lines(after?.text ?? ""))
            guard !hunks.isEmpty else { continue }
            differ = true
            output += "\(command) \(oldPath) \(newPath)\n"
            output += header(old: oldPath, oldTime: before?.time ?? missingTime, new: newPath, newTime: after?.time ?? missingTime)
            output += hunks
        }
        return (output, differ)
    }
}
