import KubeAPI

/// What an Event says of the object it is about (its `involvedObject`), read from the object
/// once: its type, and from its metadata in one pass, its name, namespace, UID and version.
struct EventSubject {
    var apiVersion: String
    var kind: String
    var name: String
    var namespace: String?
    var uid: String
    /// `metadata.resourceVersion` as a number's decimal digits, as `String(object.resourceVersion)` writes it.
    var resourceVersion: String

    init(_ object: KubeObject) {
        apiVersion = object.apiVersion
        kind = object.kind
        // The store's one-pass read of the metadata.
        let metadata = WrittenMetadata(object)
        name = metadata.name
        namespace = metadata.namespace
        uid = metadata.uid
        resourceVersion = Self.decimal(metadata.resourceVersion ?? "")
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
