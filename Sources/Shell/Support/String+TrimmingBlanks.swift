extension Substring {
    /// The text without leading and trailing spaces and tabs.
    var trimmingBlanks: String {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        let start = utf8.firstIndex { !isBlank($0) } ?? utf8.endIndex
        let end = utf8.lastIndex { !isBlank($0) }.map { utf8.index(after: $0) } ?? start
        return String(decoding: utf8[start..<Swift.max(start, end)], as: UTF8.self)
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingBlanks: String { self[...].trimmingBlanks }
}
