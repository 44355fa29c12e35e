/// Standard base64, as the API carries Secret and ConfigMap binary data.
enum Base64 {
    /// The decoded bytes; characters outside the alphabet are skipped.
    static func decode(_ text: String) -> [UInt8] {
        var bits: UInt32 = 0
        var count = 0
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            guard let value = digit(scalar) else { continue }
            bits = bits << 6 | value
            count += 6
            if count >= 8 {
                count -= 8
                bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(count)))
            }
        }
        return bytes
    }

    static func decodedCount(_ text: String) -> Int { decode(text).count }

    static func decoded(_ text: String) -> String { String(decoding: decode(text), as: UTF8.self) }

    private static func digit(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "A"..."Z": return scalar.value - 65
        case "a"..."z": return scalar.value - 97 + 26
        case "0"..."9": return scalar.value - 48 + 52
        case "+": return 62
        case "/": return 63
        default: return nil
        }
    }
}
