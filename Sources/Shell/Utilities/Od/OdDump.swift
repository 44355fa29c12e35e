/// The lines `od` writes for its input: a block of bytes a line, each format's fields on a line
/// of its own, the address before the first, repeated blocks as one `*`, and the end address.
///
/// GNU od (coreutils 9.1) spreads padding so every format's line is as wide as the widest, and
/// leaves the missing fields of a short last block blank; busybox 1.36's od (`od_bloaty.c`) puts
/// one space before each field and prints the last block zero-filled up to the formats' common size.
struct OdDump {
    var formats: [OdFormat]
    /// 8, 10 or 16, or nil for `-A n`.
    var radix: Int?
    var bytesPerBlock: Int
    var abbreviate = true
    var busybox = false

    private var addressWidth: Int { radix == nil ? 0 : radix == 16 ? 6 : 7 }

    func address(_ offset: UInt64) -> String {
        guard let radix else { return "" }
        let digits = String(offset, radix: radix)
        return String(repeating: "0", count: max(0, addressWidth - digits.count)) + digits
    }

    /// The least common multiple of the formats' sizes: the last block is zero-filled to it.
    var commonSize: Int {
        formats.reduce(1) { result, format in
            var (a, b) = (result, format.size)
            while b != 0 { (a, b) = (b, a % b) }
            return result / a * format.size
        }
    }

    /// The lines for `bytes`, which start at `start` in the input; `before(offset)` is called as
    /// the reading reaches each offset, so messages about later files come where od prints them.
    func render(_ bytes: [UInt8], start: UInt64, write: (String) -> Void, before: (Int) -> Void) {
        var position = 0
        var previous: [UInt8]?
        var repeating = false
        while bytes.count - position >= bytesPerBlock {
            before(position + bytesPerBlock)
            let block = Array(bytes[position..<position + bytesPerBlock])
            if abbreviate, block == previous {
                if !repeating { write("*\n") }
                repeating = true
            } else {
                repeating = false
                write(lines(block, filled: bytesPerBlock, offset: start + UInt64(position)))
            }
            previous = block
            position += bytesPerBlock
        }
        before(Int.max)
        let left = bytes.count - position
        if left > 0 {
            let common = commonSize
            let padded = (left + common - 1) / common * common
            let block = Array(bytes[position...]) + Array(repeating: 0, count: padded - left)
            write(lines(block, filled: busybox ? padded : left, offset: start + UInt64(position)))
        }
        // `-A n` prints no address, and no end of line for it either.
        if radix != nil { write(address(start + UInt64(bytes.count)) + "\n") }
    }

    /// One line per format for a block whose first `filled` bytes are the input's.
    private func lines(_ block: [UInt8], filled: Int, offset: UInt64) -> String {
        let widest = formats.map { ($0.fieldWidth + 1) * (bytesPerBlock / $0.size) }.max() ?? 0
        var text = ""
        for (index, format) in formats.enumerated() {
            text += index == 0 ? address(offset) : String(repeating: " ", count: addressWidth)
            let fields = bytesPerBlock / format.size
            let blank = (bytesPerBlock - filled) / format.size
            if busybox {
                for field in 0..<(filled / format.size) {
                    text += " " + rightAligned(format.field(block, at: field * format.size), format.fieldWidth)
                }
                if format.trailer {
                    text += String(repeating: " ", count: blank * (format.fieldWidth + 1))
                    text += trailer(block.prefix(filled))
                }
            } else {
                let pad = widest - format.fieldWidth * fields
                var remaining = pad
                for field in 0..<(fields - blank) {
                    let next = pad * (fields - field - 1) / fields
                    text += rightAligned(format.field(block, at: field * format.size), remaining - next + format.fieldWidth)
                    remaining = next
                }
                if format.trailer {
                    text += String(repeating: " ", count: blank * format.fieldWidth + pad * blank / fields)
                    text += trailer(block.prefix(filled))
                }
            }
            text += "\n"
        }
        return text
    }

    private func trailer(_ bytes: ArraySlice<UInt8>) -> String {
        "  >" + String(String.UnicodeScalarView(bytes.map { (0x20...0x7e).contains($0) ? UnicodeScalar($0) : "." })) + "<"
    }

    private func rightAligned(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
