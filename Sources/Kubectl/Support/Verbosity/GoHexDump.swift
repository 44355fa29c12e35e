/// Go's `hex.Dump`, which client-go logs a binary request body with: 16 bytes a line after an
/// 8-digit offset, an extra space after the eighth, then the bytes as ASCII (`.` for the rest)
/// between bars, a short last line padded so its bars line up.
enum GoHexDump {
    static func dump(_ bytes: [UInt8]) -> String {
        var out = ""
        for start in stride(from: 0, to: bytes.count, by: 16) {
            let line = bytes[start..<min(start + 16, bytes.count)]
            var hex = ""
            for (index, byte) in line.enumerated() {
                hex += hexDigits(byte, width: 2) + (index == 7 ? "  " : " ")
            }
            hex += String(repeating: " ", count: 50 - hex.count)
            let text = String(decoding: line.map { (32...126).contains($0) ? $0 : UInt8(ascii: ".") }, as: UTF8.self)
            out += hexDigits(UInt32(start), width: 8) + "  " + hex + "|" + text + "|\n"
        }
        return out
    }

    private static func hexDigits<Number: BinaryInteger>(_ value: Number, width: Int) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
