import Cluster

/// An associative array as bash 5.2 keeps one, so its keys come out in bash's order.
///
/// Keys are hashed with FNV-1 over their bytes (each byte a signed `char`, as bash reads it)
/// into 1024 buckets; a new key goes to the head of its bucket's list, and once there are
/// twice as many keys as buckets the table grows fourfold, moving each key, bucket by bucket,
/// to the head of its new bucket. `${!a[@]}`, `${a[@]}` and `declare -p` walk the buckets in
/// order.
struct BashHashTable: Equatable {
    private(set) var values: [String: String] = [:]
    /// Each bucket's keys, the head of its list first.
    private var buckets: [[String]] = Array(repeating: [], count: 1024)

    /// The value of `key`, or nil when it is not set.
    subscript(key: String) -> String? { values[key] }

    var count: Int { values.count }

    /// The keys in the order bash lists them.
    var keys: [String] { buckets.flatMap { $0 } }

    mutating func set(_ key: String, _ value: String) {
        if values[key] == nil {
            if values.count >= buckets.count * 2 { grow() }
            buckets[bucket(of: key)].insert(key, at: 0)
        }
        values[key] = value
    }

    mutating func remove(_ key: String) {
        guard values.removeValue(forKey: key) != nil else { return }
        buckets[bucket(of: key)].removeAll { $0 == key }
    }

    private mutating func grow() {
        let old = buckets
        buckets = Array(repeating: [], count: old.count * 4)
        for list in old {
            for key in list { buckets[bucket(of: key)].insert(key, at: 0) }
        }
    }

    private func bucket(of key: String) -> Int { Int(Self.hash(key) & UInt32(buckets.count - 1)) }

    /// bash's `hash_string`: FNV-1, 32 bits.
    static func hash(_ key: String) -> UInt32 { BashVariableTable.hash(key) }
}
