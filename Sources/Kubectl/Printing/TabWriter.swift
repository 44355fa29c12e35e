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
///
/// The layout works on the buffered UTF-8 bytes: cells are byte ranges, never separate strings,
/// so a table of 150,000 rows costs a few integer arrays and one output buffer.
public struct TabWriter: Sendable {
    public var minWidth: Int
    public var padding: Int
    public var rememberWidths: Bool

    private var buffer: [UInt8] = []
    private var maxWidths: [Int] = []
    /// Whether a cell of the current line has been written (`writeCell`).
    private var inRow = false

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
    public mutating func write(_ text: String) {
        var text = text
        text.withUTF8 { buffer.append(contentsOf: $0) }
    }

    /// Buffers one line of tab-separated cells.
    public mutating func writeRow(_ cells: [String]) {
        for cell in cells { writeCell(cell) }
        endRow()
    }

    /// Buffers one cell of the current line, after a tab unless it is the line's first; a row
    /// written cell by cell needs no array of its cells.
    public mutating func writeCell(_ cell: String) {
        if inRow { buffer.append(UInt8(ascii: "\t")) }
        inRow = true
        buffer.append(contentsOf: cell.utf8)
    }

    /// Ends the line the cells were written to.
    public mutating func endRow() {
        buffer.append(UInt8(ascii: "\n"))
        inRow = false
    }

    /// cli-runtime's `EscapeTerminal` over everything buffered: ESC becomes `^[`, CR becomes `\r`.
    /// Byte by byte, as both are single bytes never inside a multi-byte character.
    mutating func escapeTerminal() {
        // Counted without an early exit, which the compiler turns into wide compares.
        let escapes = buffer.withUnsafeBufferPointer { bytes in
            bytes.reduce(0) { $0 &+ ($1 == 0x1B || $1 == UInt8(ascii: "\r") ? 1 : 0) }
        }
        guard escapes > 0 else { return }
        var escaped: [UInt8] = []
        escaped.reserveCapacity(buffer.count + 16)
        for byte in buffer {
            switch byte {
            case 0x1B: escaped.append(contentsOf: "^[".utf8)
            case UInt8(ascii: "\r"): escaped.append(contentsOf: #"\r"#.utf8)
            default: escaped.append(byte)
            }
        }
        buffer = escaped
    }

    /// Forgets remembered widths, as kubectl does between resource kinds (`SetRememberedWidths(nil)`).
    public mutating func forgetWidths() { maxWidths = [] }

    /// Lays out everything buffered and returns it; a final line without a newline stays without one.
    public mutating func flush() -> String {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !buffer.isEmpty else { return "" }
        // Tabs and newlines are ASCII, which never occurs inside a multi-byte UTF-8 sequence, so
        // splitting on bytes is safe ("\r\n" stays two bytes, as in Go).
        let cells = Cells(buffer)
        var output: [UInt8] = []
        output.reserveCapacity(buffer.count * 2)
        // Go flushes whenever a line with a single cell ends; with remembered widths that matters.
        var start = 0
        for line in 0..<cells.lineCount where cells.count(in: line) == 1 || line == cells.lineCount - 1 {
            var widths: [Int] = []
            format(cells, start..<(line + 1), widths: &widths, into: &output)
            start = line + 1
        }
        if !cells.endsWithNewline && output.last == UInt8(ascii: "\n") { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    /// text/tabwriter's `format`: finds the blocks of column `widths.count` in `range` and recurses.
    private mutating func format(_ cells: Cells, _ range: Range<Int>, widths: inout [Int], into output: inout [UInt8]) {
        let column = widths.count
        var line0 = range.lowerBound
        var this = range.lowerBound
        while this < range.upperBound {
            guard column < cells.count(in: this) - 1 else {
                this += 1
                continue
            }
            writeLines(cells, line0..<this, widths: widths, into: &output)
            line0 = this
            var width = minWidth
            while this < range.upperBound && column < cells.count(in: this) - 1 {
                width = max(width, cells.runes(line: this, column: column) + padding)
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
        cells.text.withUnsafeBufferPointer { text in
            for line in range {
                for column in 0..<cells.count(in: line) {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: text[cells.byteRange(line: line, column: column)]))
                    if column < widths.count {
                        let pad = widths[column] - cells.runes(line: line, column: column)
                        for _ in 0..<max(0, pad) { output.append(UInt8(ascii: " ")) }
                    }
                }
                output.append(UInt8(ascii: "\n"))
            }
        }
    }
}

extension TabWriter {
    /// The buffered text split into lines of cells, each cell a byte range with its rune width.
    private struct Cells {
        let text: [UInt8]
        private var cells: [(start: Int, end: Int, runes: Int)] = []
        /// Where each line's cells begin in `cells`, plus one past the last line.
        private var lineStarts: [Int] = [0]
        private(set) var endsWithNewline = false

        init(_ text: [UInt8]) {
            self.text = text
            var cells: [(start: Int, end: Int, runes: Int)] = []
            var lineStarts = [0]
            cells.reserveCapacity(text.count / 8)
            var cellStart = 0
            var runes = 0
            text.withUnsafeBufferPointer { bytes in
                // In ASCII text every byte is a rune; otherwise each scalar has one byte that is
                // not a continuation byte (10xxxxxx), and Go counts runes.
                let ascii = bytes.reduce(0) { $0 | $1 } < 0x80
                for index in bytes.indices {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") {
                        cells.append((cellStart, index, ascii ? index - cellStart : runes))
                        cellStart = index + 1
                        runes = 0
                        if byte == UInt8(ascii: "\n") { lineStarts.append(cells.count) }
                    } else if !ascii && byte & 0xC0 != 0x80 {
                        runes += 1
                    }
                }
                if ascii { runes = bytes.count - cellStart }
            }
            if cellStart < text.count {
                cells.append((cellStart, text.count, runes))
                lineStarts.append(cells.count)
            } else if text.last == UInt8(ascii: "\t") {
                // A final line ending in a tab still has its empty last cell.
                cells.append((cellStart, cellStart, 0))
                lineStarts.append(cells.count)
            } else {
                endsWithNewline = true
            }
            (self.cells, self.lineStarts) = (cells, lineStarts)
        }

        var lineCount: Int { lineStarts.count - 1 }

        func count(in line: Int) -> Int { lineStarts[line + 1] - lineStarts[line] }

        func runes(line: Int, column: Int) -> Int { cells[lineStarts[line] + column].runes }

        func byteRange(line: Int, column: Int) -> Range<Int> {
            let cell = cells[lineStarts[line] + column]
            return cell.start..<cell.end
        }
    }
}
