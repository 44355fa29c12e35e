/// UTF-8 output built in a byte buffer and handed to a sink in chunks of whole lines, so a long
/// document never exists as one string.
struct OutputBytes {
    private(set) var bytes: [UInt8] = []
    /// Where the current line starts in `bytes`.
    private var lineStart = 0
    private let sink: ((String) -> Void)?
    private let chunkSize: Int
    /// The key orders found so far in this document.
    var keyOrders = KeyOrderCache()

    /// A buffer that keeps everything (read it with `text`), or passes it to `sink` in chunks.
    init(sink: ((String) -> Void)? = nil, chunkSize: Int = 1 << 16) {
        self.sink = sink
        self.chunkSize = chunkSize
        bytes.reserveCapacity(sink == nil ? 1024 : chunkSize + chunkSize / 4)
    }

    /// Everything written and not yet passed on.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The column of the next byte on the current line, counted in bytes.
    var column: Int { bytes.count - lineStart }

    /// The column of the next byte on the current line, counted in characters (as go-yaml counts).
    var characterColumn: Int {
        var count = 0
        for index in lineStart..<bytes.count where bytes[index] & 0xC0 != 0x80 { count += 1 }
        return count
    }

    mutating func append(_ byte: UInt8) { bytes.append(byte) }

    mutating func append(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ bytes.append(contentsOf: $0) }) == nil {
            bytes.append(contentsOf: text.utf8)
        }
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func append(spaces count: Int) {
        var left = count
        while left > 0 {
            let chunk = min(left, Self.spaces.count)
            Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<chunk])) }
            left -= chunk
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)

    /// A decimal integer, as `String(value)` writes it.
    mutating func append(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    /// Ends the line; once a chunk's worth has gathered, it goes to the sink.
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
        lineStart = bytes.count
        if let sink, bytes.count >= chunkSize { flush(sink) }
    }

    /// Ends the line unless it was just ended (by a line break inside a block scalar).
    mutating func endLine() {
        if bytes.count != lineStart { newline() }
    }

    /// Counts columns from here on, as after a line break written as text (U+2028 and the like).
    mutating func markLineStart() { lineStart = bytes.count }

    /// Passes on whatever is left.
    mutating func finish() {
        if let sink, !bytes.isEmpty { flush(sink) }
    }

    private mutating func flush(_ sink: (String) -> Void) {
        sink(String(decoding: bytes, as: UTF8.self))
        bytes.removeAll(keepingCapacity: true)
        lineStart = 0
    }
}
