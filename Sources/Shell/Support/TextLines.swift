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
        var pieces = text.utf8.split(separator: 10, omittingEmptySubsequences: false).map { Substring($0) }
        endsWithNewline = text.utf8.last == 10
        if endsWithNewline { pieces.removeLast() }
        lines = pieces
    }

    /// The lines joined back, each followed by a newline except a last line that had none.
    static func join(_ lines: some Collection<Substring>, endsWithNewline: Bool) -> String {
        var text = lines.joined(separator: "\n")
        if endsWithNewline && !lines.isEmpty { text += "\n" }
        return text
    }
}
