import KubeAPI
import OrderedCollections

/// The list types the OpenAPI documents publish beside each kind that can be listed
/// (`io.k8s.api.core.v1.PodList`), and apimachinery's `ListMeta` they hold.
struct OpenAPIListSchemas {
    let writer: OpenAPISchemaWriter

    static let listMetaName = "io.k8s.apimachinery.pkg.apis.meta.v1.ListMeta"

    /// The list of `kind` (published as `name`): apiVersion, items, kind and list metadata.
    func list(of kind: APISchema.TypeDefinition, named name: String, type: ResourceType) -> JSONValue {
        func described(_ text: String, _ members: OrderedDictionary<String, JSONValue>) -> JSONValue {
            var out: OrderedDictionary<String, JSONValue> = ["description": .string(text)]
            out.merge(members) { $1 }
            return .object(out)
        }
        let field = { (fieldName: String) in kind.fields.first { $0.name == fieldName }?.description ?? "" }
        let items: JSONValue = ["$ref": .string(reference(name))]
        let metadata: OrderedDictionary<String, JSONValue> = writer.flavor == .v3
            ? ["allOf": [["$ref": .string(reference(Self.listMetaName))]]] : ["$ref": .string(reference(Self.listMetaName))]
        return [
            "description": .string("A list of \(type.kind) objects."),
            "type": "object",
            "required": ["items"],
            "properties": [
                "apiVersion": described(field("apiVersion"), ["type": "string"]),
                "items": described("The \(type.kind) objects of the list.", ["type": "array", "items": items]),
                "kind": described(field("kind"), ["type": "string"]),
                "metadata": described("Where the list was read from, and how to fetch what a limited list left out.", metadata),
            ],
            "x-kubernetes-group-version-kind": [["group": .string(type.group), "kind": .string(type.kind + "List"), "version": .string(type.version)]],
        ]
    }

    /// apimachinery's `ListMeta`.
    var listMeta: JSONValue {
        [
            "description": "What a list response carries about itself: the version it was read at and how to continue it.",
            "type": "object",
            "properties": [
                "continue": ["description": "A token to pass back to fetch the next page, when the list was limited.", "type": "string"],
                "remainingItemCount": ["description": "How many objects the following pages hold, when the server knows.", "type": "integer", "format": "int64"],
                "resourceVersion": ["description": "The version of the data the list was read at; a watch can start there.", "type": "string"],
                "selfLink": ["description": "Deprecated and always empty.", "type": "string"],
            ],
        ]
    }

    private func reference(_ name: String) -> String {
        (writer.flavor == .v2 ? "#/definitions/" : "#/components/schemas/") + name
    }
}
