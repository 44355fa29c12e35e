/// GNU `ls -C`: names down columns, as many columns as fit the line, padded with tabs to 8-column stops.
enum LsColumns {
    static func format(_ names: [String], width: Int) -> String {
        guard !names.isEmpty else { return "" }
        let lengths = names.map(displayWidth)
        let columns = columnCount(lengths, width: width)
        let rows = (names.count + columns.count - 1) / columns.count
        var text = ""
        for row in 0..<rows {
            var index = row
            var column = 0
            var position = 0
            while true {
                text += names[index]
                let columnWidth = columns.widths[column]
                column += 1
                index += rows
                if index >= names.count { break }
                text += indent(from: position + lengths[index - rows], to: position + columnWidth)
                position += columnWidth
            }
            text += "\n"
        }
        return text
    }

    /// The most columns whose widths (each name plus two spaces, the last without) fit the line.
    private static func columnCount(_ lengths: [Int], width: Int) -> (count: Int, widths: [Int]) {
        let minimum = 3
        let maximum = max(1, min(width / minimum, lengths.count))
        var best = (count: 1, widths: [lengths.max() ?? 0])
        for columns in 1...maximum {
            let rows = (lengths.count + columns - 1) / columns
            var widths = [Int](repeating: minimum, count: columns)
            for (index, length) in lengths.enumerated() {
                let column = index / rows
                guard column < columns else { continue }
                widths[column] = max(widths[column], length + (column == columns - 1 ? 0 : 2))
            }
            if widths.reduce(0, +) < width { best = (columns, widths) }
        }
        return best
    }

    /// Spaces and tabs from one column to another, as GNU ls pads with tab stops every 8 columns.
    private static func indent(from: Int, to: Int) -> String {
        var text = ""
        var position = from
        while position < to {
            if to / 8 > (position + 1) / 8 {
                text += "\t"
                position += 8 - position % 8
            } else {
                text += " "
                position += 1
            }
        }
        return text
    }

    /// Columns a name takes on a terminal: two for wide (CJK) characters.
    static func displayWidth(_ name: String) -> Int {
        name.unicodeScalars.reduce(0) { width, scalar in
            let v = scalar.value
            let wide =
                (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v)
            return width + (wide ? 2 : 1)
        }
    }
}
