import KubeAPI

/// A member's identity, as `identityMatches`, `storageMatches` and `updateIdentity` in
/// `stateful_set_utils.go` see it. A pod the set adopted may lack its name label and index.
extension StatefulSetSpec {
    /// The name is `<set>-<ordinal>` in the set's namespace and the pod-name label says so.
    func identityMatches(_ pod: KubeObject) -> Bool {
        guard let ordinal = ordinal(of: pod) else { return false }
        return pod.name == podName(ordinal) && pod.labels[Self.podNameLabel] == pod.name
    }

    /// Each volume claim template has a volume of its name mounting the member's claim.
    func storageMatches(_ pod: KubeObject) -> Bool {
        guard let ordinal = ordinal(of: pod) else { return false }
        let volumes = pod[path: "spec.volumes"].array
        return claimTemplates.allSatisfy { template in
            volumes.contains { volume in
                volume["name"] == template[path: "metadata.name"]
                    && volume[path: "persistentVolumeClaim.claimName"].string == claimName(template, ordinal: ordinal)
            }
        }
    }

    static let podNameLabel = "statefulset.kubernetes.io/pod-name"
    static let podIndexLabel = "apps.kubernetes.io/pod-index"
}

extension Cluster {
    /// `UpdateStatefulPod` for a member whose identity does not match; returns the pod as it now is.
    ///
    /// Its pod-name and pod-index labels are set (hostname and subdomain are immutable, set only
    /// at creation), with a `SuccessfulUpdate` event. A member whose storage does not match is left alone: the real controller's update would
    /// change its volumes, which the apiserver refuses for a pod.
    func updateStatefulPodIdentity(_ pod: KubeObject, of spec: StatefulSetSpec) -> KubeObject {
        guard !spec.identityMatches(pod), spec.storageMatches(pod), let ordinal = spec.ordinal(of: pod) else {
            return pod
        }
        var updated = pod
        updated[path: "metadata.labels"] = .stringMap(
            pod.labels.merging([StatefulSetSpec.podNameLabel: pod.name, StatefulSetSpec.podIndexLabel: String(ordinal)])
            { $1 })
        save(.pods, updated)
        recordEvent(
            spec.object, reason: "SuccessfulUpdate", message: StatefulSetMessage.pod("update", pod.name, spec.name),
            source: Self.statefulSetController)
        return lookup(.pods, pod.namespace, pod.name) ?? updated
    }
}
