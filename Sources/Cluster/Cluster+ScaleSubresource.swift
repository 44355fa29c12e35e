import KubeAPI
import OrderedCollections

extension Cluster {
    /// The autoscaling/v1 `Scale` the scale subresource serves for a workload: the object's name,
    /// namespace, UID, resource version and creation time, its desired replicas, and its observed
    /// replicas with its selector as a string. In the Go struct's field order.
    public func scale(of object: KubeObject) -> JSONValue {
        let metadata = object[path: "metadata"]
        var selector = object[path: "spec.selector"]
        // A ReplicationController selects by a plain map of labels.
        if selector["matchLabels"].isNull && selector["matchExpressions"].isNull && !selector.object.isEmpty {
            selector = ["matchLabels": selector]
        }
        let scale: JSONValue = [
            "kind": "Scale", "apiVersion": "autoscaling/v1",
            "metadata": [
                "name": metadata["name"], "namespace": metadata["namespace"], "uid": metadata["uid"],
                "resourceVersion": metadata["resourceVersion"], "creationTimestamp": metadata["creationTimestamp"],
            ],
            "spec": ["replicas": object[path: "spec.replicas"]],
            "status": ["replicas": object[path: "status.replicas"], "selector": .string(TableCells.selectorString(selector) ?? "")],
        ]
        return GoTypedJSON.encode(scale, as: "v1.Scale")
    }

    /// The scale subresource's `Scale` type.
    public static let scales = ResourceType(
        "scales", singular: "scale", group: "autoscaling", version: "v1", kind: "Scale", verbs: ["get", "update", "patch"])

    /// `ScaleREST.Update`: the Scale's replicas become the workload's, its resource version (when
    /// it gives one) a precondition. The answer is the Scale of the workload as written.
    public func updateScale(
        _ requested: KubeObject, of type: ResourceType, dryRun: Bool = false, manager: FieldManager
    ) throws(APIError) -> JSONValue {
        let object = try get(type, namespace: requested.namespace, name: requested.name)
        if let version = requested.metadata["resourceVersion"].string, !version.isEmpty,
            version != object.metadata["resourceVersion"].string
        {
            throw .conflict(type, requested.name)
        }
        let replicas = requested[path: "spec.replicas"].int ?? 0
        try Self.validateScale(replicas: replicas, name: requested.name)
        var updated = object
        updated[path: "spec.replicas"] = .int(replicas)
        return scale(of: try replace(updated, dryRun: dryRun, manager: manager))
    }

    /// A patched `Scale` as the apiserver decodes it: a value of the wrong type is its 422.
    public func decodeScale(_ patched: JSONValue) throws(APIError) {
        if let error = GoUnmarshal.error(decoding: patched, as: "v1.Scale") {
            throw Self.invalidPatch(GoJSON.marshal(patched), error)
        }
    }

    /// The Scale `patch` (of `patchType`) made of `object`'s, as the apiserver decodes it: a value
    /// of the wrong type is its 422, worded for the patch type as for any kind (`decodePatched`).
    public func decodeScale(_ patched: JSONValue, of object: KubeObject, patchType: String, patch: JSONValue) throws(APIError) {
        _ = try decodePatched(patched, typeName: "v1.Scale", patchType: patchType, patch: patch) { scale(of: object) }
    }

    /// A merge patch of an object's scale subresource (what `kubectl scale` sends), decoded as the
    /// apiserver decodes the patched `Scale`: a replica count an `int32` cannot hold is refused.
    public func decodeScalePatch(_ patch: JSONValue, of type: ResourceType, namespace: String?, name: String) throws(APIError) {
        try decodeScale(PatchedJSON.merged(scale(of: try get(type, namespace: namespace, name: name)), patch))
    }

    /// `ValidateScale` of an updated `Scale`: its replicas may not be negative.
    public static func validateScale(replicas: Int, name: String) throws(APIError) {
        guard replicas < 0 else { return }
        throw .invalid(
            kind: "Scale", group: "autoscaling", name: name,
            causes: [.init(field: "spec.replicas", message: "Invalid value: \(replicas): must be greater than or equal to 0")])
    }
}
