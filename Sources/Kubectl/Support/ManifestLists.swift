import Cluster
import KubeAPI
import OrderedCollections

/// kubectl's resource builder flattens a list document into its items: `kind: List` in any
/// group, or `<Kind>List` of a kind the cluster serves, holding `items` (what `kubectl get -o
/// yaml` writes for several objects). An item with neither kind nor apiVersion takes the list's
/// apiVersion and its kind without the `List` (none, for a plain `List`). An item that cannot be
/// typed or mapped is an error of its own, gathered per list while the other items go on.
enum ManifestLists {
    /// A list document's items that map to served kinds, and the failures of those that do not.
    struct Flattened {
        var items: [JSONValue] = []
        var failures: [String] = []
    }

    /// Whether the document is a list kubectl flattens.
    static func isList(_ document: JSONValue, in lab: Cluster) -> Bool {
        guard case .object(let members) = document, members["items"] != nil,
            let kind = document["kind"].string, kind.hasSuffix("List"), let apiVersion = document["apiVersion"].string
        else { return false }
        return kind == "List" || lab.resourceType(apiVersion: apiVersion, kind: String(kind.dropLast(4))) != nil
    }

    /// The items of a list document. An item that is no object cannot be decoded, and an item
    /// that is itself a list cannot be flattened: either fails the whole document.
    static func flatten(_ document: JSONValue, source: String, in lab: Cluster) throws(KubectlFailure) -> Flattened {
        let apiVersion = document["apiVersion"].string ?? ""
        let itemKind = String((document["kind"].string ?? "").dropLast(4))
        var items: [JSONValue] = []
        for item in document["items"].array {
            switch item {
            case .object(var fields):
                if item["kind"].isNull, item["apiVersion"].isNull {
                    fields["apiVersion"] = .string(apiVersion)
                    fields["kind"] = .string(itemKind)
                }
                items.append(.object(fields))
            case .null:
                items.append(.object([:]))
            default:
                throw KubectlFailure(
                    "unable to decode \(GoSyntax.quoted(source)): json: cannot unmarshal \(goJSONType(item)) into Go value of type map[string]interface {}")
            }
        }
        if items.contains(where: { if case .array = $0["items"] { true } else { false } }) {
            throw KubectlFailure(notAList)
        }
        var flattened = Flattened()
        for item in items {
            let kind = item["kind"].string ?? "", apiVersion = item["apiVersion"].string ?? ""
            if kind.isEmpty {
                flattened.failures.append(untyped("Object 'Kind' is missing in 'object has no kind field '"))
            } else if apiVersion.isEmpty {
                flattened.failures.append(untyped("Object 'apiVersion' is missing in 'object has no apiVersion field'"))
            } else if lab.resourceType(apiVersion: apiVersion, kind: kind) == nil {
                flattened.failures.append(
                    "unable to recognize no matches for kind \(GoSyntax.quoted(kind)) in version \(GoSyntax.quoted(apiVersion))")
            } else {
                flattened.items.append(item)
            }
        }
        return flattened
    }

    /// kubectl's schema check of a `v1` `List` (with `--validate`): each item needs a kind and an
    /// apiVersion; the problems of all items together, or nil.
    static func validationProblems(of document: JSONValue) -> [String]? {
        guard document["apiVersion"].string == "v1", document["kind"].string == "List" else { return nil }
        guard case .array(let items) = document["items"] else { return ["invalid object to validate"] }
        var problems: [String] = []
        for item in items {
            guard case .object = item else {
                problems.append("invalid object to validate")
                continue
            }
            if item["apiVersion"].isNull { problems.append("apiVersion not set") }
            if item["kind"].isNull { problems.append("kind not set") }
        }
        return problems.isEmpty ? nil : problems
    }

    private static func untyped(_ problem: String) -> String {
        "unable to get type info from the object \"*unstructured.Unstructured\": \(problem)"
    }

    /// encoding/json's name for a value's JSON type.
    private static func goJSONType(_ value: JSONValue) -> String {
        switch value {
        case .string: "string"
        case .bool: "bool"
        case .array: "array"
        default: "number"
        }
    }

    static let notAList = "*unstructured.Unstructured is not a list: no Items field in this object"
}
