import KubeAPI

/// What the apiserver's strict decoding of a PATCH body reports under the `Warn` or `Strict`
/// field validation (`Warn` is the default, and what kubectl's patch gets).
///
/// A JSON patch is decoded into `[]handlers.jsonPatchOp`, so a key other than `op`, `path`,
/// `from` and `value` is an unknown field, named by the operation's index; a merge or strategic
/// merge patch is decoded into a map, where only a repeated key is reported.
extension PatchBodyDecoding {
    /// The strict decoding errors of `body`, a body of `patchType` that decoded, as sent (a key
    /// it repeats is still there); a JSON patch's are marked as the patch's.
    public static func strictErrors(patchType: String, body: String) -> [String] {
        switch patchType {
        case "json":
            GoStrictFields.errors(in: body, decodingAs: .list(of: jsonPatchOperation)).map { "json patch " + $0 }
        case "merge", "strategic": GoStrictFields.errors(in: body, decodingAs: .any)
        default: []
        }
    }

    /// `handlers.jsonPatchOp`'s fields.
    private static let jsonPatchOperation = GoStrictFields.Target.fields([
        "op": .any, "path": .any, "from": .any, "value": .any,
    ])
}
