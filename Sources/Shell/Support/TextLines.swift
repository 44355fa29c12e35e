/// Text split into lines as line-oriented tools see it: at each `\n`, remembering whether the
/// last line had one.
struct TextLines {
    var lines: [Substring]
    var endsWithNewline: Bool

    init(_ text: String) {
        guard !text.isEmpty else {
            lines = []
            endsWithNewline = false
            return
        }
        // The newlines are found in the bytes; a newline is never inside a multi-byte character,
        // so each line starts and ends on a character boundary.
        var contiguous = text
        let ends = contiguous.withUTF8 { bytes in
            var ends: [Int] = []
            var index = 0
            while index < bytes.count, let found = bytes[index...].firstIndex(of: 10) {
                ends.append(found)
                index = found + 1
            }
            return ends
        }
        let utf8 = contiguous.utf8
        endsWithNewline = ends.last == utf8.count - 1
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for end in ends {
            let stop = utf8.index(start, offsetBy: end - startOffset)
            lines.append(contiguous[start..<stop])
            start = utf8.index(after: stop)
            startOffset = end + 1
        }
        if !endsWithNewline { lines.append(contiguous[start...]) }
        self.lines = lines
    }

    /// The lines joined back, each followed by a newline except a last line that had none.
    static func join(_ lines: some Collection<Substring>, endsWithNewline: Bool) -> String {
        var text = lines.joined(separator: "\n")
        if endsWithNewline && !lines.isEmpty { text += "\n" }
        return text
    }
}
