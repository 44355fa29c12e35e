/// kubectl's describe `PrefixWriter` over a tabwriter (minwidth 0, padding 2): text is written
/// at an indent level of two spaces each, tabs separate the cells that get aligned.
///
/// Alignment follows Go's text/tabwriter: a line without a tab ends every column block, so each
/// section lines up on its own. `flush()` lays out what is buffered, as the Events table needs.
struct DescribeWriter {
    private var tab = TabWriter.forDescribe()
    private var output = ""
    /// Whether cells are aligned; kubectl's bare PrefixWriter (rollout history) leaves the tabs as they are.
    var aligned = true
    /// Levels added to every write, as kubectl's nested PrefixWriter adds them (its WriteLine too).
    var nesting = 0

    /// Writes `text` after `level` indents. Terminal escapes are made visible (kubectl escapes
    /// each write) once, over everything buffered, when it is laid out.
    mutating func write(_ level: Int, _ text: String) {
        let level = level + nesting
        let indent = level < Self.indents.count ? Self.indents[level] : String(repeating: "  ", count: level)
        if aligned {
            if level > 0 { tab.write(indent) }
            tab.write(text)
        } else {
            output += indent + HumanReadablePrinter.escapeTerminal(text)
        }
    }

    private static let indents = (0..<8).map { String(repeating: "  ", count: $0) }

    /// `Title:\tvalue\n` at `level`, written piece by piece.
    mutating func field(_ level: Int, _ title: String, _ value: String) {
        guard aligned else { return write(level, "\(title):\t\(value)\n") }
        write(level, title)
        tab.write(":\t")
        tab.write(value)
        tab.write("\n")
    }

    /// `WriteLine`: the text and a newline, without indent.
    mutating func line(_ text: String) { write(0, text + "\n") }

    /// Lays out everything written so far; later lines align independently.
    mutating func flush() {
        tab.escapeTerminal()
        output += tab.flush()
    }

    /// The finished description.
    mutating func finish() -> String {
        flush()
        return output
    }
}
