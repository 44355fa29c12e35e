/// A quick hash of a string's bytes, eight at a time, for the store's keys: a dictionary
/// hashes a `String` key with SipHash over every byte on every lookup, and the store's keys
/// (UIDs of 36 bytes, names and namespaces) go through lookups on every write and read.
///
/// The dictionary still mixes the result with its own seeded hasher, so this need only tell
/// keys apart; two keys that fold alike are told apart by comparing them.
enum WordHash {
    /// Folds the UTF-8 bytes of `text` into `hash`, with their count, so that adjoining strings
    /// folded in turn do not run together.
    static func fold(_ text: String, into hash: UInt64 = basis) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash = (hash ^ UInt64(bytes.count)) &* prime
            let raw = UnsafeRawBufferPointer(bytes)
            var offset = 0
            while offset + 8 <= raw.count {
                hash = mix(hash, raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                offset += 8
            }
            var tail: UInt64 = 0
            while offset < raw.count {
                tail = tail << 8 | UInt64(raw[offset])
                offset += 1
            }
            return mix(hash, tail)
        }
    }

    /// One word folded in, its high bits brought down so that every byte reaches the low bits.
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let product = (hash ^ word) &* prime
        return product ^ (product >> 29)
    }

    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x100_0000_01b3
}
