import KubeAPI
import OrderedCollections

/// What an Event says of the object it is about (its `involvedObject`), read from the object
/// once: its type, and from its metadata in one pass, its name, namespace, UID and version.
struct EventSubject {
    var apiVersion: String
    var kind: String
    var name = ""
    var namespace: String?
    var uid = ""
    /// `metadata.resourceVersion` as a number's decimal digits, as `String(object.resourceVersion)` writes it.
    var resourceVersion = "0"

    init(_ object: KubeObject) {
        apiVersion = object.apiVersion
        kind = object.kind
        guard case .object(let metadata) = object.value["metadata"] else { return }
        metadata.withMembersInPlace { keys, values in
            for index in keys.indices { read(keys, values, at: index) }
        }
    }

    /// Keeps the value at `index` if its key names a field an Event reads; lengths are compared
    /// first, as most keys name none.
    @inline(__always)
    private mutating func read(
        _ keys: UnsafeBufferPointer<String>, _ values: UnsafeBufferPointer<JSONValue>, at index: Int
    ) {
        switch keys[index].utf8.count {
        case 3 where keys[index] == "uid": uid = values[index].string ?? ""
        case 4 where keys[index] == "name": name = values[index].string ?? ""
        case 9 where keys[index] == "namespace": namespace = values[index].string
        case 15 where keys[index] == "resourceVersion": resourceVersion = Self.decimal(values[index].string ?? "")
        default: break
        }
    }

    /// `text` if it is a number's own decimal digits (as a stored version is), else the number
    /// `Int(text)` makes of it written out again (0 when it is none).
    private static func decimal(_ text: String) -> String {
        let digits = text.utf8
        let isCanonical =
            !digits.isEmpty && digits.count <= 18 && (digits.first != UInt8(ascii: "0") || digits.count == 1)
            && digits.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        return isCanonical ? text : String(Int(text) ?? 0)
    }
}
