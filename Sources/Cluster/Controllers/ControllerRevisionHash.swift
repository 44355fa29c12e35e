import KubeAPI

/// The name hash of a StatefulSet's ControllerRevision as `history.HashControllerRevision` makes
/// it: FNV-32 (FNV-1, not 1a) over the revision's raw data, the patch `encoding/json` writes
/// (keys sorted, compact, `<`, `>` and `&` escaped), then the decimal collision count, which the
/// StatefulSet controller always passes; the sum's digits in the safe alphabet.
enum ControllerRevisionHash {
    static func of(_ data: JSONValue, collisionCount: Int) -> String {
        var bytes: [UInt8] = []
        GoJSON.append(data, sortingKeys: true, to: &bytes)
        bytes += Array(String(collisionCount).utf8)
        return PodTemplateHash.safeEncoded(String(fnv32(bytes)))
    }

    /// FNV-1: multiply, then xor each byte.
    static func fnv32(_ bytes: [UInt8]) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in bytes {
            hash = hash &* 0x0100_0193
            hash ^= UInt32(byte)
        }
        return hash
    }
}
