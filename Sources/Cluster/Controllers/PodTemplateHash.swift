import KubeAPI

/// The `pod-template-hash` of a pod template: FNV-32a over a canonical serialization, its
/// decimal digits spelled in apimachinery's safe alphabet (so only `4-9 b c d f` occur).
enum PodTemplateHash {
    static func of(_ template: JSONValue, collisionCount: Int = 0) -> String {
        var hash: UInt32 = 0x811c_9dc5
        let text = canonical(template.sortedKeys) + (collisionCount > 0 ? String(collisionCount) : "")
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        let alphabet = Array("bcdfghjklmnpqrstvwxz2456789")
        return String(String(hash).utf8.map { alphabet[Int($0) % alphabet.count] })
    }

    private static func canonical(_ value: JSONValue) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return "\"\(s)\""
        case .array(let items): return "[" + items.map(canonical).joined(separator: ",") + "]"
        case .object(let members): return "{" + members.map { "\"\($0.key)\":\(canonical($0.value))" }.joined(separator: ",") + "}"
        }
    }
}
