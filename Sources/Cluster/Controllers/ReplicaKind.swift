import KubeAPI

/// A kind the ReplicaSet controller's sync keeps pods for: apps/v1 ReplicaSets, and core/v1
/// ReplicationControllers, which kube-controller-manager runs through the same code (a
/// conversion that reads the controller's plain label-map selector as a `matchLabels` one).
struct ReplicaKind: Sendable {
    var type: ResourceType
    var loop: ControlLoop
    /// Who records the pods' `SuccessfulCreate` and `SuccessfulDelete` events.
    var source: Cluster.EventSource
    /// The first segment of the retry wake-up's key.
    var backoffKey: String
    /// The first segment of the wake-up key a set waits under for its client's rate limit.
    var throttleKey: String
    /// The first segment of the wake-up key a set waits under for its pods to become available.
    var availabilityKey: String
    /// Whether the selector is a plain label map (`spec.selector: {app: web}`).
    var mapSelector: Bool

    /// The owner's selector as a LabelSelector's JSON (null when it has none).
    func selector(of owner: KubeObject) -> JSONValue {
        let selector = owner[path: "spec.selector"]
        guard mapSelector, !selector.isNull else { return selector }
        return ["matchLabels": selector]
    }

    static let replicaSets = ReplicaKind(
        type: .replicaSets, loop: .replicaSets, source: Cluster.EventSource(component: "replicaset-controller"),
        backoffKey: "replicaset-backoff", throttleKey: "replicaset-throttled", availabilityKey: "replicaset-available",
        mapSelector: false)
    static let replicationControllers = ReplicaKind(
        type: .replicationControllers, loop: .replicationControllers,
        source: Cluster.EventSource(component: "replication-controller"), backoffKey: "replicationcontroller-backoff",
        throttleKey: "replicationcontroller-throttled", availabilityKey: "replicationcontroller-available",
        mapSelector: true)
}
