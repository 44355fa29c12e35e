/// Standard base64 with padding, as Secrets carry their data and Go's `encoding/base64` writes it.
public enum Base64 {
    private static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ text: String) -> String { encode(Array(text.utf8)) }

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var index = 0
        while index < bytes.count {
            let chunk = bytes[index..<min(index + 3, bytes.count)]
            let b = Array(chunk) + Array(repeating: 0, count: 3 - chunk.count)
            let n = UInt32(b[0]) << 16 | UInt32(b[1]) << 8 | UInt32(b[2])
            for i in 0..<4 {
                out.append(i <= chunk.count ? alphabet[Int(n >> (18 - 6 * UInt32(i)) & 63)] : UInt8(ascii: "="))
            }
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The decoded bytes; characters outside the alphabet are skipped.
    public static func decode(_ text: String) -> [UInt8] { decode(utf8: text.utf8) }

    /// The decoded bytes of base64 text given as UTF-8; bytes outside the alphabet are skipped.
    public static func decode(utf8 text: some Sequence<UInt8>) -> [UInt8] { bytes(of: text.compactMap(digit)) }

    /// Decodes as Go's `base64.StdEncoding.DecodeString` does: padding required, line breaks
    /// skipped, anything else refused with the offset Go's `CorruptInputError` reports.
    public static func decodeStrictly(_ text: String) -> Result<[UInt8], CorruptInput> {
        let input = Array(text.utf8)
        var digits: [UInt32] = []
        var index = 0
        func skipBreaks() { while index < input.count, input[index] == 10 || input[index] == 13 { index += 1 } }
        while true {
            var quantum: [UInt32] = []
            while quantum.count < 4 {
                skipBreaks()
                guard index < input.count else {
                    if quantum.isEmpty { return .success(bytes(of: digits)) }
                    return .failure(CorruptInput(offset: index - quantum.count))
                }
                let byte = input[index]
                index += 1
                if let value = digit(byte) {
                    quantum.append(value)
                    continue
                }
                guard byte == UInt8(ascii: "="), quantum.count >= 2 else { return .failure(CorruptInput(offset: index - 1)) }
                if quantum.count == 2 {
                    skipBreaks()
                    guard index < input.count else { return .failure(CorruptInput(offset: input.count)) }
                    guard input[index] == UInt8(ascii: "=") else { return .failure(CorruptInput(offset: index - 1)) }
                    index += 1
                }
                skipBreaks()
                if index < input.count { return .failure(CorruptInput(offset: index)) }
                return .success(bytes(of: digits + quantum))
            }
            digits += quantum
        }
    }

    /// Go's `illegal base64 data at input byte N`.
    public struct CorruptInput: Error, Equatable {
        public var offset: Int
        public var message: String { "illegal base64 data at input byte \(offset)" }
    }

    /// The bytes whole 6-bit digits make; a trailing partial byte is dropped.
    private static func bytes(of digits: [UInt32]) -> [UInt8] {
        var bits: UInt32 = 0
        var count = 0
        var bytes: [UInt8] = []
        for value in digits {
            bits = bits << 6 | value
            count += 6
            if count >= 8 {
                count -= 8
                bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(count)))
            }
        }
        return bytes
    }

    public static func decodedCount(_ text: String) -> Int { decode(text).count }

    public static func decoded(_ text: String) -> String { String(decoding: decode(text), as: UTF8.self) }

    private static func digit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return UInt32(byte) - 65
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return UInt32(byte) - 97 + 26
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte) - 48 + 52
        case UInt8(ascii: "+"): return 62
        case UInt8(ascii: "/"): return 63
        default: return nil
        }
    }
}
