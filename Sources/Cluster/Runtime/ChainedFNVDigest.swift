/// Stable made-up digests: FNV-1a (64-bit) over `text` followed by the round number, chained
/// across rounds, each round giving 16 lower-case hex digits. Used where the lab needs an ID that
/// looks random but is the same for the same input (image digests, event UIDs).
enum ChainedFNVDigest {
    static func hexDigits(of text: String, rounds: Int) -> [UInt8] {
        var digits: [UInt8] = []
        digits.reserveCapacity(16 * rounds)
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        for round in 0..<rounds {
            // The bytes in place when the string holds them contiguously (native strings do).
            if text.utf8.withContiguousStorageIfAvailable({ bytes -> Void in for byte in bytes { mix(byte) } }) == nil {
                for byte in text.utf8 { mix(byte) }
            }
            // The round number's decimal digits, most significant first, without making a string.
            var divisor = 1
            while divisor * 10 <= round { divisor *= 10 }
            while divisor > 0 {
                mix(UInt8(ascii: "0") + UInt8(round / divisor % 10))
                divisor /= 10
            }
            for shift in stride(from: 60, through: 0, by: -4) { digits.append(hexDigit(Int((hash >> UInt64(shift)) & 0xf))) }
        }
        return digits
    }

    private static func hexDigit(_ value: Int) -> UInt8 {
        UInt8(truncatingIfNeeded: value < 10 ? 48 + value : 87 + value)
    }
}
