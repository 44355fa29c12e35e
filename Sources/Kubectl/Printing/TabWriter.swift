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

    private var buffer: [UInt8] = []
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
    public mutating func write(_ text: String) { buffer.append(contentsOf: text.utf8) }

    /// Forgets remembered widths, as kubectl does between resource kinds (`SetRememberedWidths(nil)`).
    public mutating func forgetWidths() { maxWidths = [] }

    /// Lays out everything buffered and returns it; a final line without a newline stays without one.
    public mutating func flush() -> String {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !buffer.isEmpty else { return "" }
        // Split on bytes, not Characters: "\r\n" is one Character but two bytes to Go. Tabs and
        // newlines are ASCII, which never occurs inside a multi-byte UTF-8 sequence.
        var cells = Cells()
        var cellStart = 0
        for (index, byte) in buffer.enumerated() where byte == Self.tab || byte == Self.newline {
            cells.add(cellStart..<index, in: buffer)
            cellStart = index + 1
            if byte == Self.newline { cells.endLine() }
        }
        cells.add(cellStart..<buffer.count, in: buffer)
        cells.endLine()
        let endsWithNewline = buffer.last == Self.newline
        if endsWithNewline { cells.lines.removeLast() }

        var output: [UInt8] = []
        output.reserveCapacity(buffer.count * 2)
        // Go flushes whenever a line with a single cell ends; with remembered widths that matters.
        var start = 0
        for index in cells.lines.indices where cells.lines[index].count == 1 || index == cells.lines.count - 1 {
            var widths: [Int] = []
            format(cells, start..<(index + 1), widths: &widths, into: &output)
            start = index + 1
        }
        if !endsWithNewline && output.last == Self.newline { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    /// The buffered text cut into cells (byte ranges with their widths) and lines of cells.
    private struct Cells {
        var ranges: [Range<Int>] = []
        var widths: [Int] = []
        /// Each line's cells, as positions in `ranges`.
        var lines: [Range<Int>] = []
        private var lineStart = 0

        mutating func add(_ range: Range<Int>, in buffer: [UInt8]) {
            ranges.append(range)
            widths.append(TabWriter.runeWidth(buffer[range]))
        }

        mutating func endLine() {
            lines.append(lineStart..<ranges.count)
            lineStart = ranges.count
        }
    }

    /// text/tabwriter's `format`: finds the blocks of column `widths.count` in `range` and recurses.
    private mutating func format(_ cells: Cells, _ range: Range<Int>, widths: inout [Int], into output: inout [UInt8]) {
        let column = widths.count
        var line0 = range.lowerBound
        var this = range.lowerBound
        while this < range.upperBound {
            guard column < cells.lines[this].count - 1 else {
                this += 1
                continue
            }
            writeLines(cells, line0..<this, widths: widths, into: &output)
            line0 = this
            var width = minWidth
            while this < range.upperBound && column < cells.lines[this].count - 1 {
                width = max(width, cells.widths[cells.lines[this].lowerBound + column] + padding)
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
            format(cells, line0..<this, widths: &widths, into: &output)
            widths.removeLast()
            line0 = this
        }
        writeLines(cells, line0..<range.upperBound, widths: widths, into: &output)
    }

    /// text/tabwriter's `writeLines`: cells with a known column width are padded, others written as-is.
    private func writeLines(_ cells: Cells, _ range: Range<Int>, widths: [Int], into output: inout [UInt8]) {
        for index in range {
            for (column, cell) in cells.lines[index].enumerated() {
                output.append(contentsOf: buffer[cells.ranges[cell]])
                if column < widths.count {
                    let pad = widths[column] - cells.widths[cell]
                    if pad > 0 { output.append(contentsOf: repeatElement(Self.space, count: pad)) }
                }
            }
            output.append(Self.newline)
        }
    }

    /// Width as the tabwriter counts it: Unicode scalars (Go runes), not display columns or bytes.
    static func runeWidth(_ text: String) -> Int { runeWidth(text.utf8) }

    static func runeWidth(_ bytes: some Collection<UInt8>) -> Int {
        // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
        bytes.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private static let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), space = UInt8(ascii: " ")
}
