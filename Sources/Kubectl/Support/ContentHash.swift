import Cluster
import KubeAPI

/// The name suffix kubectl's `--append-hash` and kustomize's generators give a ConfigMap or a
/// Secret: the SHA-256 of a JSON digest of its contents, cut to ten hex digits, with the digits
/// and letters that could spell words (0 1 3 a e) swapped for g h k m t.
enum ContentHash {
    /// The suffix for `digest`, marshalled as Go's `json.Marshal` does a map: keys sorted.
    static func suffix(of digest: JSONValue) -> String {
        let hex = SHA256.digest(GoJSON.marshal(digest, sortingKeys: true)).prefix(5)
            .map { byte in String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16) }
            .joined()
        return String(hex.map { replacements[$0] ?? $0 })
    }

    /// kubectl's digest of what it built (`hash.ConfigMapHash`, `hash.SecretHash`): its kind,
    /// name and data (`{}` when there is none, as the generators start from an empty map), a
    /// ConfigMap's binary data when it has some, a Secret's type even when empty.
    static func generatorSuffix(of object: JSONValue) -> String {
        let kind = object["kind"].string ?? ""
        let data = object["data"].isNull ? .emptyObject : object["data"]
        var digest: JSONValue = ["kind": .string(kind), "name": object["metadata"]["name"], "data": data]
        if kind == "Secret" { digest["type"] = .string(object["type"].string ?? "") }
        if kind == "ConfigMap", case .object = object["binaryData"] { digest["binaryData"] = object["binaryData"] }
        return suffix(of: digest)
    }

    /// `object` renamed NAME-SUFFIX, as `--append-hash` asks.
    static func appendingGeneratorSuffix(to object: JSONValue) -> JSONValue {
        var renamed = object
        renamed["metadata"]["name"] = .string((object["metadata"]["name"].string ?? "") + "-" + generatorSuffix(of: object))
        return renamed
    }

    private static let replacements: [Character: Character] = ["0": "g", "1": "h", "3": "k", "a": "m", "e": "t"]
}
