import KubeAPI
import OrderedCollections

/// A Secret's `stringData` is write-only: the apiserver folds each entry into `data`,
/// base64-encoded and winning over a `data` key of the same name, and stores no `stringData`.
enum SecretStringData {
    static func fold(_ secret: KubeObject) -> KubeObject {
        let strings = secret.value["stringData"].object
        guard !secret.value["stringData"].isNull else { return secret }
        var secret = secret
        var data = secret.value["data"].object
        for (key, value) in strings { data[key] = .string(Base64.encode(value.string ?? "")) }
        secret.value["stringData"] = .null
        // Go writes a map's keys in sorted order.
        data.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        if !data.isEmpty { secret.value["data"] = .object(data) }
        return secret
    }
}
