/// Bytes carried in the shell's text, which is Swift `String`s: bytes that are not UTF-8 (`\xff`,
/// `/dev/urandom`, `base64 -d` of binary data) each become one private-use scalar, U+10FC80 to
/// U+10FCFF, so they pass through pipes and files and come back out as the same bytes.
enum RawBytes {
    /// The first of the 128 scalars that stand for the bytes 0x80 to 0xFF.
    private static let base: UInt32 = 0x10FC00

    /// `bytes` as text: valid UTF-8 decoded, every other byte kept as its stand-in.
    static func string(_ bytes: [UInt8]) -> String {
        var scalars = String.UnicodeScalarView()
        var index = 0
        while index < bytes.count {
            if let (scalar, length) = decode(bytes, at: index) {
                scalars.append(scalar)
                index += length
            } else {
                scalars.append(Unicode.Scalar(base + UInt32(bytes[index])) ?? "\u{FFFD}")
                index += 1
            }
        }
        return String(scalars)
    }

    /// The bytes `text` stands for: each scalar's UTF-8, a stand-in its byte.
    static func bytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let byte = byte(scalar) { bytes.append(byte) } else { bytes.append(contentsOf: String(scalar).utf8) }
        }
        return bytes
    }

    /// How many bytes `text` stands for.
    static func count(_ text: String) -> Int {
        var count = text.utf8.count
        for scalar in text.unicodeScalars where byte(scalar) != nil { count -= 3 }
        return count
    }

    /// The byte a stand-in scalar stands for, or nil for any other scalar.
    static func byte(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = scalar.value
        return value >= base + 0x80 && value <= base + 0xFF ? UInt8(value - base) : nil
    }

    /// The scalar a well-formed UTF-8 sequence at `index` encodes, and its length.
    private static func decode(_ bytes: [UInt8], at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: (length, value) = (2, UInt32(lead & 0x1F))
        case 0xE0...0xEF: (length, value) = (3, UInt32(lead & 0x0F))
        case 0xF0...0xF4: (length, value) = (4, UInt32(lead & 0x07))
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let next = bytes[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(next & 0x3F)
        }
        // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
        let smallest: UInt32 = length == 3 ? 0x800 : length == 4 ? 0x10000 : 0x80
        guard value >= smallest, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }
}
