/// Go's `text/tabwriter` (and the `liggitt/tabwriter` fork kubectl uses for `get`), for space padding.
///
/// Text is cells terminated by tabs, lines by newlines. The cell after a line's last tab is not in
/// any column and is written unpadded. A column is aligned over a *block*: a run of consecutive
/// lines that all have a tab-terminated cell in that column, so a line with fewer cells (in
/// particular a tab-less line such as describe's `Containers:`) ends every block to its right.
/// Block width = max(`minWidth`, widest cell in runes + `padding`).
///
/// With `rememberWidths`, widths seen so far are kept across flushes and columns never shrink,
/// which is how `kubectl get -w` keeps later rows aligned with the first table.
/// A value type: copies are independent; not meant to be shared between threads while writing.
public struct TabWriter: Sendable {
    public var minWidth: Int
    public var padding: Int
    public var rememberWidths: Bool

    private var buffer = ""
    private var maxWidths: [Int] = []

    public init(minWidth: Int, padding: Int, rememberWidths: Bool = false) {
        self.minWidth = minWidth
        self.padding = padding
        self.rememberWidths = rememberWidths
    }

    /// The writer `kubectl get` prints tables through: minwidth 6, padding 3, widths remembered.
    public static func forGet() -> TabWriter { TabWriter(minWidth: 6, padding: 3, rememberWidths: true) }

    /// The writer `kubectl describe` prints through: minwidth 0, padding 2.
    public static func forDescribe() -> TabWriter { TabWriter(minWidth: 0, padding: 2) }

    /// Buffers text; nothing is laid out until `flush()`.
    public mutating func write(_ text: String) { buffer += text }

    /// Forgets remembered widths, as kubectl does between resource kinds (`SetRememberedWidths(nil)`).
    public mutating func forgetWidths() { maxWidths = [] }

    /// Lays out everything buffered and returns it; a final line without a newline stays without one.
    public mutating func flush() -> String {
        defer { buffer = "" }
        guard !buffer.isEmpty else { return "" }
        // Split on bytes, not Characters: "\r\n" is one Character but two bytes to Go. Tabs and
        // newlines are ASCII, which never occurs inside a multi-byte UTF-8 sequence.
        var lines = buffer.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
        }
        let endsWithNewline = lines.last == [""]
        if endsWithNewline { lines.removeLast() }

        var output = ""
        output.reserveCapacity(buffer.utf8.count * 2)
        // Go flushes whenever a line with a single cell ends; with remembered widths that matters.
        var start = 0
        for index in lines.indices where lines[index].count == 1 || index == lines.count - 1 {
            var widths: [Int] = []
            format(lines, start..<(index + 1), widths: &widths, into: &output)
            start = index + 1
        }
        if !endsWithNewline && output.hasSuffix("\n") { output.removeLast() }
        return output
    }

    /// text/tabwriter's `format`: finds the blocks of column `widths.count` in `range` and recurses.
    private mutating func format(
        _ lines: [[String]], _ range: Range<Int>, widths: inout [Int], into output: inout String
    ) {
        let column = widths.count
        var line0 = range.lowerBound
        var this = range.lowerBound
        while this < range.upperBound {
            guard column < lines[this].count - 1 else {
                this += 1
                continue
            }
            writeLines(lines, line0..<this, widths: widths, into: &output)
            line0 = this
            var width = minWidth
            while this < range.upperBound && column < lines[this].count - 1 {
                width = max(width, Self.runeWidth(lines[this][column]) + padding)
                this += 1
            }
            if rememberWidths {
                if column < maxWidths.count {
                    width = max(width, maxWidths[column])
                    maxWidths[column] = width
                } else {
                    maxWidths.append(contentsOf: widths[maxWidths.count...])
                    maxWidths.append(width)
                }
            }
            widths.append(width)
            format(lines, line0..<this, widths: &widths, into: &output)
            widths.removeLast()
            line0 = this
        }
        writeLines(lines, line0..<range.upperBound, widths: widths, into: &output)
    }

    /// text/tabwriter's `writeLines`: cells with a known column width are padded, others written as-is.
    private func writeLines(_ lines: [[String]], _ range: Range<Int>, widths: [Int], into output: inout String) {
        for index in range {
            for (column, cell) in lines[index].enumerated() {
                output += cell
                if column < widths.count {
                    var pad = widths[column] - Self.runeWidth(cell)
                    while pad > 0 {
                        let chunk = min(pad, Self.spaces.utf8.count)
                        output += Self.spaces.prefix(chunk)
                        pad -= chunk
                    }
                }
            }
            output += "\n"
        }
    }

    /// Width as the tabwriter counts it: Unicode scalars (Go runes), not display columns or bytes.
    static func runeWidth(_ text: String) -> Int {
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        text.utf8.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private static let spaces = String(repeating: " ", count: 64)
}
