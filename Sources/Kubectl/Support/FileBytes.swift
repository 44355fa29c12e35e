/// The bytes of a file read from the lab's shell, when they are not UTF-8. The shell keeps each
/// byte that is not part of valid UTF-8 as one private-use scalar, U+10FC80 to U+10FCFF (its
/// `RawBytes`); kubectl, as Go's `utf8.Valid` does, tells such content apart from text.
enum FileBytes {
    private static let standIns: ClosedRange<UInt32> = 0x10FC80...0x10FCFF

    /// The file's bytes when some are not UTF-8; nil for text.
    static func binary(_ text: String) -> [UInt8]? {
        guard text.unicodeScalars.contains(where: { standIns.contains($0.value) }) else { return nil }
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if standIns.contains(scalar.value) {
                bytes.append(UInt8(scalar.value - 0x10FC00))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
        return bytes
    }
}
