import Kubectl

/// The search of one file after another, keeping what GNU grep carries between files:
/// whether anything matched, and whether a group separator is due.
struct GrepSearch {
    let options: GrepOptions
    let matcher: GrepMatcher
    let io: IOStreams
    var showNames = false
    private(set) var selectedAny = false
    private var printedAny = false

    init(options: GrepOptions, matcher: GrepMatcher, io: IOStreams) {
        self.options = options
        self.matcher = matcher
        self.io = io
    }

    /// Searches one file; returns whether any line was selected.
    mutating func search(_ text: String, name: String) -> Bool {
        let lines = TextLines(text).lines
        let limit = options.maxCount ?? Int.max
        let binary = !options.text && (text.utf8.withContiguousStorageIfAvailable { $0.contains(0) } ?? text.utf8.contains(0))
        let listing = options.count || options.listMatching || options.listNonMatching || options.quiet
        var selected = 0
        var lastShown = -1
        var afterLeft = 0
        var output = ""
        var offsets: [Int] = []
        if options.byteOffsets {
            var offset = 0
            offsets = lines.map { line in
                defer { offset += line.utf8.count + 1 }
                return offset
            }
        }
        func prefix(_ index: Int, _ separator: String, column: Int = 0) -> String {
            (showNames ? name + separator : "") + (options.lineNumbers ? "\(index + 1)" + separator : "")
                + (options.byteOffsets ? "\(offsets[index] + column)" + separator : "")
        }
        for (index, line) in lines.enumerated() {
            if selected >= limit && afterLeft == 0 { break }
            let isSelected = selected < limit && matcher.matches(line) != options.invert
            if isSelected {
                selected += 1
                if listing { continue }
                if binary { break }
                let from = max(lastShown + 1, index - (options.before ?? 0))
                if printedAny, options.before != nil || options.after != nil, from > lastShown + 1,
                    let separator = options.groupSeparator
                {
                    output += separator + "\n"
                }
                if !options.onlyMatching {
                    for contextIndex in from..<index {
                        output += prefix(contextIndex, "-") + lines[contextIndex] + "\n"
                    }
                    output += prefix(index, ":") + line + "\n"
                } else if !options.invert {
                    for part in matcher.matchedParts(line) {
                        output += prefix(index, ":", column: part.offset) + part.text + "\n"
                    }
                }
                printedAny = true
                lastShown = index
                afterLeft = options.after ?? 0
            } else if afterLeft > 0 && !listing && !binary {
                if !options.onlyMatching { output += prefix(index, "-") + line + "\n" }
                lastShown = index
                afterLeft -= 1
            }
            if output.utf8.count > 1 << 16 {
                io.out(output)
                output = ""
            }
        }
        io.out(output)
        if selected > 0 { selectedAny = true }
        if options.quiet { return selected > 0 }
        if options.count {
            io.out((showNames ? name + ":" : "") + "\(selected)\n")
        } else if options.listMatching {
            if selected > 0 { io.out(name + "\n") }
        } else if options.listNonMatching {
            if selected == 0 { io.out(name + "\n") }
        } else if binary && selected > 0 {
            io.err(binaryFileMatches(name))
        }
        return selected > 0
    }
}

private func binaryFileMatches(_ name: String) -> String { "grep: \(name): binary file matches\n" }
