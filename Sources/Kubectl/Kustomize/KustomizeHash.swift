import Cluster
import KubeAPI
import OrderedCollections

/// The content hash kustomize appends to a generated ConfigMap's or Secret's name.
///
/// kustomize hashes a JSON digest of the object (`kind`, `data`, `binaryData` or `stringData`,
/// a Secret's `type`) with sorted keys. Its `name` member is always empty: the field is looked up
/// as one key spelled `metadata/name`, which no object has. The first ten hex digits of the
/// SHA-256 are kept, with the letters that could spell words swapped out.
enum KustomizeHash {
    static func suffix(for object: JSONValue) -> String {
        let kind = object["kind"].string ?? ""
        var digest: JSONValue = ["kind": .string(kind), "name": ""]
        digest["data"] = object["data"].isNull ? "" : object["data"]
        switch kind {
        case "ConfigMap":
            if case .object = object["binaryData"] { digest["binaryData"] = object["binaryData"] }
        case "Secret":
            digest["type"] = object["type"].isNull ? "" : object["type"]
            if case .object = object["stringData"] { digest["stringData"] = object["stringData"] }
        default:
            digest = object
        }
        return ContentHash.suffix(of: digest)
    }
}
