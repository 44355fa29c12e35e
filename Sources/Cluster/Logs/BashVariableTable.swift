/// The order in which bash 5.2 hands its exported variables to a program it starts: it walks
/// its variable table's 1,024 buckets, a name's bucket being its FNV-1 hash (`hash_string`), each
/// bucket's names the latest set first, and then adds `_`, the path of the program it runs.
public enum BashVariableTable {
    /// `names`, in the order they were set, as bash lists them (without `_`).
    public static func order(_ names: [String]) -> [String] {
        var buckets: [Int: [String]] = [:]
        for name in names where name != "_" { buckets[bucket(name), default: []].insert(name, at: 0) }
        return buckets.keys.sorted().flatMap { buckets[$0] ?? [] }
    }

    /// The bucket of `name` among bash's 1,024 for shell variables.
    public static func bucket(_ name: String) -> Int { Int(hash(name) & 1023) }

    /// bash's `hash_string`: FNV-1 over the name's bytes, each a signed `char`, 32 bits.
    public static func hash(_ name: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in name.utf8 {
            hash = hash &* 16_777_619
            hash ^= byte < 0x80 ? UInt32(byte) : 0xFFFF_FF00 | UInt32(byte)
        }
        return hash
    }
}
