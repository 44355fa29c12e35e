import KubeAPI

/// How controllers claim pods, as Kubernetes' `PodControllerRefManager.ClaimPods` does: a pod
/// without a controller whose labels match is adopted (a controller reference is added); a pod
/// this controller owns whose labels no longer match is released (its reference removed), so
/// the controller counts it no more and replaces it. A controller being deleted does neither,
/// and a pod being deleted is never adopted.
extension Cluster {
    /// Claims pods for each of `owners`; `activeOnly` leaves finished and terminating pods alone
    /// (the ReplicaSet controller's `FilterActivePods`); `isMember` narrows the match further.
    /// Reports whether any pod was written.
    func claimPods(
        of owners: [KubeObject], activeOnly: Bool,
        isMember: (_ owner: KubeObject, _ pod: KubeObject) -> Bool = { _, _ in true }
    ) -> Bool {
        var changed = false
        for owner in owners where owner.deletionTimestamp == nil {
            let selector = owner[path: "spec.selector"]
            guard !selector.isNull else { continue }
            let matcher = LabelSelector(json: selector)
            for pod in list(.pods, namespace: owner.namespace) {
                if activeOnly && (pod.deletionTimestamp != nil || pod.isFinished) { continue }
                let matches = !matcher.isEmpty && matcher.matches(pod) && isMember(owner, pod)
                if let controller = pod.controllerUID {
                    guard controller == owner.uid, !matches else { continue }
                    release(pod, from: owner)
                    changed = true
                } else if matches && pod.deletionTimestamp == nil {
                    adopt(pod, by: owner)
                    changed = true
                }
            }
        }
        return changed
    }

    /// Adds a controller reference to `owner`, after any references the pod has.
    private func adopt(_ pod: KubeObject, by owner: KubeObject) {
        var updated = pod
        let reference = OwnerReference(apiVersion: owner.apiVersion, kind: owner.kind, name: owner.name, uid: owner.uid)
        let others = pod.metadata["ownerReferences"].array.filter { $0["uid"].string != owner.uid }
        updated[path: "metadata.ownerReferences"] = .array(others + [reference.json])
        save(.pods, updated)
    }

    /// Removes the reference to `owner`, and the field when it was the only one.
    private func release(_ pod: KubeObject, from owner: KubeObject) {
        var updated = pod
        let kept = pod.metadata["ownerReferences"].array.filter { $0["uid"].string != owner.uid }
        updated[path: "metadata.ownerReferences"] = kept.isEmpty ? .null : .array(kept)
        save(.pods, updated)
    }
}
