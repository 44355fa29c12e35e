import KubeAPI
import OrderedCollections

/// The name hash of a StatefulSet's ControllerRevision as `history.HashControllerRevision` makes
/// it: FNV-32 (FNV-1, not 1a) over the revision's raw data, the patch `encoding/json` writes
/// (keys sorted, compact, `<`, `>` and `&` escaped), then the decimal collision count, which the
/// StatefulSet controller always passes; the sum's digits in the safe alphabet.
enum ControllerRevisionHash {
    static func of(_ data: JSONValue, collisionCount: Int) -> String {
        var bytes: [UInt8] = []
        GoJSON.append(data, to: &bytes)
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

/// `json.Marshal` of a value decoded into `map[string]interface{}`: object keys sorted by
/// bytes, no spaces, numbers as float64 prints them, strings with Go's escapes.
enum GoJSON {
    static func append(_ value: JSONValue, to bytes: inout [UInt8]) {
        switch value {
        case .null: bytes += Array("null".utf8)
        case .bool(let flag): bytes += Array((flag ? "true" : "false").utf8)
        case .int(let number): bytes += Array(String(number).utf8)
        case .double(let number):
            let whole = number.rounded() == number && abs(number) < 1e21
            bytes += Array((whole ? String(Int64(number)) : String(number)).utf8)
        case .string(let text): appendString(text, to: &bytes)
        case .array(let items):
            bytes.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                append(item, to: &bytes)
            }
            bytes.append(UInt8(ascii: "]"))
        case .object(let members):
            bytes.append(UInt8(ascii: "{"))
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                appendString(key, to: &bytes)
                bytes.append(UInt8(ascii: ":"))
                append(members[key] ?? .null, to: &bytes)
            }
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string as `encoding/json` escapes it (HTML-safe).
    static func appendString(_ text: String, to bytes: inout [UInt8]) {
        let hex = Array("0123456789abcdef".utf8)
        bytes.append(UInt8(ascii: "\""))
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": bytes += Array("\\\"".utf8)
            case "\\": bytes += Array("\\\\".utf8)
            case "\n": bytes += Array("\\n".utf8)
            case "\r": bytes += Array("\\r".utf8)
            case "\t": bytes += Array("\\t".utf8)
            case "<", ">", "&", "\u{2028}", "\u{2029}":
                let v = scalar.value
                bytes += Array("\\u".utf8) + [hex[Int(v >> 12 & 15)], hex[Int(v >> 8 & 15)], hex[Int(v >> 4 & 15)], hex[Int(v & 15)]]
            default:
                if scalar.value < 0x20 {
                    bytes += Array("\\u00".utf8) + [hex[Int(scalar.value >> 4)], hex[Int(scalar.value & 15)]]
                } else {
                    bytes += Array(String(scalar).utf8)
                }
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
