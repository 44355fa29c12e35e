import KubeAPI

/// How the apiserver treats fields of a client's object that its kind does not have (the
/// `fieldValidation` of a write; kubectl's `--validate`).
public enum FieldValidation: Sendable {
    /// The write is refused with a BadRequest naming every unknown field.
    case strict
    /// The fields are dropped and each is reported as a warning.
    case warn
    /// The fields are dropped silently.
    case ignore
}

extension Cluster {
    /// Decodes an object a client sent as `type`, as the apiserver's strict decoder does; returns
    /// the object without unknown fields and the warnings to show. A refused create names the
    /// kind it could not decode; a refused patch states only the strict decoding error, and a
    /// refused strategic merge patch (`strategicPatch`) is the 422 on `patch` that shows it.
    /// `patchErrors` are the strict errors of the patch's own body (`PatchBodyDecoding.strictErrors`),
    /// reported before the object's. `bodyErrors`, the strict errors of the object's text as a
    /// client sent it (repeated keys still there), take the place of the unknown fields found here.
    public func decodeFields(
        of object: KubeObject, as type: ResourceType, validation: FieldValidation, patching: Bool = false,
        strategicPatch: JSONValue? = nil, patchErrors: [String] = [], bodyErrors: [String]? = nil
    ) throws(APIError) -> (object: KubeObject, warnings: [String]) {
        var (paths, known): ([String], JSONValue) = ([], object.value)
        if let kind = settings.schema.kind(type.kind, groupVersion: type.apiVersion) {
            // A patch's type errors are found where the patch is decoded (`Cluster+PatchDecoding.swift`).
            if !patching, let error = typeError(in: object, as: type, kind: kind) {
                throw Self.undecodable(type, error, patching: patching)
            }
            (paths, known) = settings.schema.unknownFields(of: object.value, as: kind)
        }
        let causes = patchErrors + (bodyErrors ?? paths.map { "unknown field \"\($0)\"" })
        guard !causes.isEmpty else { return (KubeObject(known), []) }
        switch validation {
        case .strict:
            let error = "strict decoding error: \(causes.joined(separator: ", "))"
            if let strategicPatch { throw Self.invalidPatch(strategicPatch.goFormattedPreservingInts, error) }
            throw Self.undecodable(type, error, patching: patching)
        case .warn: return (KubeObject(known), causes)
        case .ignore: return (KubeObject(known), [])
        }
    }

    /// encoding/json's first error decoding the object (its keys sorted, as kubectl sends them):
    /// into the kind's Go struct where its Go types are known, else by the published schema.
    private func typeError(in object: KubeObject, as type: ResourceType, kind: APISchema.TypeDefinition) -> String? {
        guard let typeName = GoTypedJSON.typeName(of: type) else { return settings.schema.typeError(in: object.value, as: kind) }
        return GoUnmarshal.error(decoding: object.value.sortedKeys, as: typeName)
    }

    /// The BadRequest of an object the apiserver could not decode: a refused create or update
    /// names the kind; a refused patch states only the decoding error.
    private static func undecodable(_ type: ResourceType, _ error: String, patching: Bool) -> APIError {
        let message = patching ? error : "\(type.kind) in version \"\(type.version)\" cannot be handled as a \(type.kind): " + error
        return APIError(reason: "BadRequest", message: message, code: 400)
    }
}
