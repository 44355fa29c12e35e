import KubeAPI

extension Cluster {
    /// How the apiserver turns the object a client's patch produced into the kind's Go struct,
    /// refusing values of the wrong type or width as each patch type's decoder words it:
    /// a strategic merge patch through the unstructured converter (which wraps integers too wide
    /// for their field), a merge or JSON patch through `encoding/json` over the patched JSON.
    /// Kinds whose Go types are not known pass as they are.
    public func decodePatched(
        _ patched: KubeObject, as type: ResourceType, patchType: String, patch: JSONValue
    ) throws(APIError) -> KubeObject {
        guard let typeName = GoTypedJSON.typeName(of: type) else { return patched }
        let decoded = try decodePatched(patched.value, typeName: typeName, patchType: patchType, patch: patch) {
            (try? get(type, namespace: patched.namespace, name: patched.name))
                .map { GoTypedJSON.encode(withManagedFields($0).value, as: typeName) }
        }
        return KubeObject(decoded)
    }

    /// `patched` decoded into the Go type `typeName` as `decodePatched(_:as:patchType:patch:)`
    /// says; `served` is the object the patch was applied to, as the apiserver encoded it.
    func decodePatched(
        _ patched: JSONValue, typeName: String, patchType: String, patch: JSONValue, served: () -> JSONValue?
    ) throws(APIError) -> JSONValue {
        if patchType == "strategic" {
            switch GoFromUnstructured.convert(patched, as: typeName) {
            case .success(let value): return value
            case .failure(let failure): throw Self.invalidPatch(patch.goFormattedPreservingInts, failure.message)
            }
        }
        guard let served = served() else { return patched }
        let result: JSONValue
        if patchType == "merge" {
            result = PatchedJSON.merged(served, patch)
        } else {
            guard let applied = try? JSONPatch.apply(patch, to: served) else { return patched }
            result = PatchedJSON.sortedAlong(patch.array, in: applied)
        }
        if let error = GoUnmarshal.error(decoding: result, as: typeName) {
            throw Self.invalidPatch(GoJSON.marshal(result), error)
        }
        return patched
    }

    /// The 422 of a patched object that does not decode: no kind or name, one cause on `patch`
    /// whose value is the patch as Go prints it (strategic) or the patched JSON (merge, JSON).
    static func invalidPatch(_ value: String, _ error: String) -> APIError {
        .invalid(kind: "", group: "", name: "", causes: [.init(field: "patch", message: "Invalid value: \(GoSyntax.quoted(value)): \(error)")])
    }
}
