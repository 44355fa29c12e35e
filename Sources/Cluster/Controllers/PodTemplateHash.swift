import KubeAPI

/// The `pod-template-hash` of a pod template as `controller.ComputeHash` makes it: FNV-32a over
/// go-spew's `%#v` of the stored `v1.PodTemplateSpec` (`hashutil.DeepHashObject`), then the
/// collision count, if the owner has one, as 8 little-endian bytes; the decimal digits of the sum
/// are spelled in apimachinery's safe alphabet (`rand.SafeEncodeString`).
enum PodTemplateHash {
    static func of(_ template: JSONValue, collisionCount: Int? = nil) -> String {
        var bytes = GoSpewPrinter.format(template, as: "v1.PodTemplateSpec")
        if let collisionCount {
            let count = UInt32(truncatingIfNeeded: collisionCount)
            bytes += (0..<8).map { $0 < 4 ? UInt8(truncatingIfNeeded: count >> (8 * UInt32($0))) : 0 }
        }
        return safeEncoded(String(fnv32a(bytes)))
    }

    static func fnv32a(_ bytes: [UInt8]) -> UInt32 {
        var hash: UInt32 = 0x811c_9dc5
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    /// `rand.SafeEncodeString`: each byte picks from an alphabet without vowels or look-alikes.
    static func safeEncoded(_ text: String) -> String {
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        return String(text.utf8.map { alphabet[Int($0) % alphabet.count] })
    }
}
