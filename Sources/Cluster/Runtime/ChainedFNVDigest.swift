/// Stable made-up digests: FNV-1a (64-bit) over `text` followed by the round number, chained
/// across rounds, each round giving 16 lower-case hex digits. Used where the lab needs an ID that
/// looks random but is the same for the same input (image digests, event UIDs).
enum ChainedFNVDigest {
    static func hexDigits(of text: String, rounds: Int) -> [UInt8] {
        var text = text
        // The bytes in place (a native string holds them contiguously), the digits written into a buffer of their size.
        return text.withUTF8 { bytes in
            [UInt8](unsafeUninitializedCapacity: 16 * rounds) { digits, count in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for round in 0..<rounds {
                    for byte in bytes { hash = mix(hash, byte) }
                    // The round number's decimal digits, most significant first, without making a string.
                    var divisor = 1
                    while divisor * 10 <= round { divisor *= 10 }
                    while divisor > 0 {
                        hash = mix(hash, UInt8(ascii: "0") + UInt8(round / divisor % 10))
                        divisor /= 10
                    }
                    for index in 0..<16 { digits[16 * round + index] = hexDigit(Int((hash >> UInt64(60 - 4 * index)) & 0xf)) }
                }
                count = 16 * rounds
            }
        }
    }

    private static func mix(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }

    private static func hexDigit(_ value: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: value < 10 ? 48 + value : 87 + value)
    }
}
