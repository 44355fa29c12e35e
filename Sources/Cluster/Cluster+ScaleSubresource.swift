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

    /// A merge patch of an object's scale subresource (what `kubectl scale` sends), decoded as the
    /// apiserver decodes the patched `Scale`: a replica count an `int32` cannot hold is refused.
    public func decodeScalePatch(_ patch: JSONValue, of type: ResourceType, namespace: String?, name: String) throws(APIError) {
        let patched = PatchedJSON.merged(scale(of: try get(type, namespace: namespace, name: name)), patch)
        if let error = GoUnmarshal.error(decoding: patched, as: "v1.Scale") {
            throw Self.invalidPatch(GoJSON.marshal(patched), error)
        }
    }

    /// `ValidateScale` of an updated `Scale`: its replicas may not be negative.
    public static func validateScale(replicas: Int, name: String) throws(APIError) {
        guard replicas < 0 else { return }
        throw .invalid(
            kind: "Scale", group: "autoscaling", name: name,
            causes: [.init(field: "spec.replicas", message: "Invalid value: \(replicas): must be greater than or equal to 0")])
    }
}
