import KubeAPI

/// `ValidateAnnotationsSize`: an object's annotations, keys and values together, may hold at most
/// 256 KiB. `kubectl apply` meets it with large objects, whose last-applied copy is an annotation.
enum AnnotationSize {
    static let limit = 256 * 1024

    static func validate(_ object: KubeObject, as type: ResourceType) throws(APIError) {
        let total = object.metadata["annotations"].object.reduce(0) { sum, member in
            sum + member.key.utf8.count + (member.value.string?.utf8.count ?? 0)
        }
        guard total > limit else { return }
        throw .invalid(
            kind: type.kind, group: type.group, name: object.name,
            causes: [FieldError.Cause(field: "metadata.annotations", message: "Too long: may not be more than \(limit) bytes")])
    }
}
