import Cluster
import KubeAPI
import OrderedCollections

/// kubectl's resource builder flattens a list document into its items: `kind: List` in any
/// group, or `<Kind>List` of a kind the cluster serves, holding `items` (what `kubectl get -o
/// yaml` writes for several objects). An item with neither kind nor apiVersion takes the list's
/// apiVersion and its kind without the `List`.
enum ManifestLists {
    /// The items of a list document; nil for any other document.
    static func items(of document: JSONValue, in lab: Cluster) -> [JSONValue]? {
        guard case .object(let members) = document, members["items"] != nil,
            let kind = document["kind"].string, kind.hasSuffix("List"), let apiVersion = document["apiVersion"].string
        else { return nil }
        let itemKind = String(kind.dropLast(4))
        guard kind == "List" || lab.resourceType(apiVersion: apiVersion, kind: itemKind) != nil else { return nil }
        return document["items"].array.map { item in
            guard case .object(var fields) = item, item["kind"].isNull, item["apiVersion"].isNull else { return item }
            fields["apiVersion"] = .string(apiVersion)
            fields["kind"] = .string(itemKind)
            return .object(fields)
        }
    }
}
