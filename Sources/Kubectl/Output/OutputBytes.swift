/// UTF-8 output built in a byte buffer and handed to a sink in chunks of whole lines, so a long
/// document never exists as one string.
struct OutputBytes {
    /// The bytes written are the first `count` of `storage`, which is kept longer than that, so
    /// that an append copies into room already there.
    private var storage: [UInt8]
    private var count = 0
    /// Where the current line starts in `storage`.
    private var lineStart = 0
    private let sink: ((String) -> Void)?
    /// Whether the sink still keeps what it is given; asked after each chunk.
    private let sinkTakesMore: (() -> Bool)?
    /// Set once the sink keeps nothing more: a printer may stop, as nothing more it writes is seen.
    private(set) var abandoned = false
    private let chunkSize: Int
    /// The key orders found so far in this document (JSON), and the mappings' layouts (YAML).
    var keyOrders = KeyOrderCache()
    var yamlLayouts = YAMLLayoutCache()

    /// A buffer that keeps everything (read it with `text`), or passes it to `sink` in chunks.
    init(sink: ((String) -> Void)? = nil, takesMore: (() -> Bool)? = nil, chunkSize: Int = 1 << 16) {
        self.sink = sink
        self.sinkTakesMore = takesMore
        self.chunkSize = chunkSize
        storage = [UInt8](repeating: 0, count: sink == nil ? 1024 : chunkSize + chunkSize / 4)
    }

    /// Everything written and not yet passed on.
    var text: String { String(decoding: storage[..<count], as: UTF8.self) }

    /// The column of the next byte on the current line, counted in bytes.
    var column: Int { count - lineStart }

    /// The column of the next byte on the current line, counted in characters (as go-yaml counts).
    var characterColumn: Int {
        var characters = 0
        for index in lineStart..<count where storage[index] & 0xC0 != 0x80 { characters += 1 }
        return characters
    }

    mutating func append(_ byte: UInt8) {
        makeRoom(for: 1)
        let at = count
        storage.withUnsafeMutableBufferPointer { $0[at] = byte }
        count += 1
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(_ text: UnsafeBufferPointer<UInt8>) {
        guard let source = text.baseAddress, !text.isEmpty else { return }
        makeRoom(for: text.count)
        let at = count
        storage.withUnsafeMutableBufferPointer { ($0.baseAddress! + at).update(from: source, count: text.count) }
        count += text.count
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func append(spaces: Int) {
        guard spaces > 0 else { return }
        makeRoom(for: spaces)
        let at = count
        storage.withUnsafeMutableBufferPointer { ($0.baseAddress! + at).update(repeating: UInt8(ascii: " "), count: spaces) }
        count += spaces
    }

    /// A decimal integer, as `String(value)` writes it.
    mutating func append(_ value: Int) {
        if value < 0 { append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = count
        repeat {
            append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        storage[start..<count].reverse()
    }

    /// Room for `extra` more bytes, doubling the storage when it is short.
    @inline(__always)
    private mutating func makeRoom(for extra: Int) {
        if count + extra > storage.count { storage += repeatElement(0, count: max(storage.count, extra)) }
    }

    /// Ends the line; once a chunk's worth has gathered, it goes to the sink.
    mutating func newline() {
        append(UInt8(ascii: "\n"))
        lineStart = count
        if let sink, count >= chunkSize { flush(sink) }
    }

    /// Ends the line unless it was just ended (by a line break inside a block scalar).
    mutating func endLine() {
        if count != lineStart { newline() }
    }

    /// Counts columns from here on, as after a line break written as text (U+2028 and the like).
    mutating func markLineStart() { lineStart = count }

    /// Passes on whatever is left.
    mutating func finish() {
        if let sink, count > 0 { flush(sink) }
    }

    private mutating func flush(_ sink: (String) -> Void) {
        sink(text)
        count = 0
        lineStart = 0
        if let sinkTakesMore, !sinkTakesMore() { abandoned = true }
    }
}
