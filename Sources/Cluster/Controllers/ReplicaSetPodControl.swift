import KubeAPI

/// How the ReplicaSet (and replication) controller creates and deletes its pods, with the events
/// `RealPodControl` records on the owner: `SuccessfulCreate`, `FailedCreate`, `SuccessfulDelete`.
extension Cluster {
    /// Creates one pod from the ReplicaSet's template (`pod`, made once for a sync's creates by
    /// `KubeObject.pod(fromTemplate:owner:)`); returns the refusal when none was created.
    ///
    /// A refused create is a `FailedCreate` warning, except in a terminating namespace, where
    /// the controller stays silent (`NamespaceTerminatingCause`).
    func createReplicaSetPod(_ pod: consuming KubeObject, from rs: KubeObject, _ kind: ReplicaKind) -> APIError? {
        do {
            let created = store.put(.pods, try admit(pod, as: .pods))
            recordEvent(
                rs, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
                source: kind.source)
            return nil
        } catch {
            let namespace = rs.namespace ?? "default"
            if lookup(.namespaces, nil, namespace)?[path: "status.phase"].string != Self.terminating {
                recordEvent(
                    rs, reason: "FailedCreate", message: "Error creating: \(error.message)", type: "Warning",
                    source: kind.source)
            }
            return error
        }
    }

    /// Deletes one of the ReplicaSet's pods (gracefully when it runs on a node).
    func deleteReplicaSetPod(_ pod: KubeObject, of rs: KubeObject, _ kind: ReplicaKind) {
        deletePod(pod)
        recordEvent(
            rs, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)", source: kind.source)
    }
}
