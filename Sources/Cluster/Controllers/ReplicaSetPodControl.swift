import KubeAPI

/// How the ReplicaSet controller creates and deletes its pods, with the events `RealPodControl`
/// records on the ReplicaSet: `SuccessfulCreate`, `FailedCreate`, `SuccessfulDelete`.
extension Cluster {
    /// Creates one pod from the ReplicaSet's template; returns the refusal when none was created.
    ///
    /// A refused create is a `FailedCreate` warning, except in a terminating namespace, where
    /// the controller stays silent (`NamespaceTerminatingCause`).
    func createReplicaSetPod(from rs: KubeObject) -> APIError? {
        let pod = KubeObject.pod(fromTemplate: rs[path: "spec.template"], owner: rs)
        do {
            let created = store.put(.pods, try admit(pod, as: .pods))
            recordEvent(
                rs, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
                source: Self.replicaSetController)
            return nil
        } catch {
            let namespace = rs.namespace ?? "default"
            if lookup(.namespaces, nil, namespace)?[path: "status.phase"].string != Self.terminating {
                recordEvent(
                    rs, reason: "FailedCreate", message: "Error creating: \(error.message)", type: "Warning",
                    source: Self.replicaSetController)
            }
            return error
        }
    }

    /// Deletes one of the ReplicaSet's pods (gracefully when it runs on a node).
    func deleteReplicaSetPod(_ pod: KubeObject, of rs: KubeObject) {
        deletePod(pod)
        recordEvent(
            rs, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", source: Self.replicaSetController)
    }

    static let replicaSetController = EventSource(component: "replicaset-controller")
}
