/// The lines busybox's xxd has `bb_dump` print: per line of `columns` bytes, the address
/// (`%08x: `, or a space for `-i`), the bytes in groups (`-g`), then two spaces and the bytes as
/// text. Fields past the input's end are blanks of the same width, and the text stops there;
/// with `-p` or `-i` the output instead ends at the first missing byte with a newline.
struct BusyboxXxdLayout {
    var plain = false
    var include = false
    /// `-g`: bytes per group (2 unless given; 0, or as many as a line, means one group).
    var group = 2
    /// `-c`: bytes per line (0 for the default: 30 with `-p`, 12 with `-i`, else 16).
    var columns = 0
    /// `-o`: added to every address shown.
    var displayOffset: UInt64 = 0

    /// One byte's field and what follows it on the line.
    private struct Field {
        var hexPrefix = ""
        var separator = ""
    }

    func dump(_ bytes: [UInt8], from start: UInt64) -> String {
        let columns = self.columns > 0 ? self.columns : plain ? 30 : include ? 12 : 16
        let group = plain ? columns : include ? 1 : self.group
        var text = ""
        var offset = 0
        while offset < bytes.count {
            let line = bytes[offset..<min(bytes.count, offset + columns)]
            if !plain {
                text += include ? " " : Self.hex(start &+ UInt64(offset) &+ displayOffset, width: 8) + ": "
            }
            for column in 0..<columns {
                let field = self.field(column, columns: columns, group: group)
                guard column < line.count else {
                    if plain || include { return text + "\n" }
                    // bb_dump's blank: the field's width in spaces, and what follows it.
                    text += "  " + field.separator
                    continue
                }
                text += field.hexPrefix + Self.hex(UInt64(line[line.startIndex + column]), width: 2) + field.separator
            }
            if !plain, !include {
                text += "  " + String(String.UnicodeScalarView(line.map { (0x20...0x7e).contains($0) ? UnicodeScalar($0) : "." }))
            }
            text += "\n"
            offset += columns
        }
        return text
    }

    /// How the byte in `column` is written: ` 0xXX,` for `-i`; otherwise `XX`, with a space
    /// after it when it closes a group, except after the line's last byte.
    private func field(_ column: Int, columns: Int, group: Int) -> Field {
        if include { return Field(hexPrefix: " 0x", separator: ",") }
        if group < 1 || group >= columns { return Field() }
        let last = column + 1 == columns
        return Field(separator: !last && (column + 1) % group == 0 ? " " : "")
    }

    static func hex(_ value: UInt64, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
