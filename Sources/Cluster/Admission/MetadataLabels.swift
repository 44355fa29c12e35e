import KubeAPI
import OrderedCollections

/// `ValidateLabels` and the key rule of `ValidateAnnotations`: every label key a qualified name
/// and every value a label value; every annotation key, lowercased, a qualified name.
enum MetadataLabels {
    typealias Cause = InvalidDetails.Cause

    /// Refuses an object whose labels or annotation keys break the rules.
    static func validate(_ object: KubeObject, as type: ResourceType) throws(APIError) {
        let causes = causes(object.value["metadata"], path: "metadata")
        guard !causes.isEmpty else { return }
        throw .invalid(kind: type.kind, group: type.group, name: object.name, causes: causes)
    }

    /// The complaints about `metadata` (an object's or a template's) at `path`, keys in sorted order.
    static func causes(_ metadata: JSONValue, path: String) -> [Cause] {
        var causes: [Cause] = []
        for (key, value) in metadata["labels"].stringMap.sorted(by: { $0.key < $1.key }) {
            causes += NameValidation.qualifiedName(key).map {
                FieldError.invalid("\(path).labels", GoSyntax.quoted(key), $0)
            }
            causes += NameValidation.labelValue(value).map {
                FieldError.invalid("\(path).labels", GoSyntax.quoted(value), $0)
            }
        }
        for key in metadata["annotations"].object.keys.sorted() {
            causes += NameValidation.qualifiedName(key.lowercased()).map {
                FieldError.invalid("\(path).annotations", GoSyntax.quoted(key), $0)
            }
        }
        return causes
    }
}
