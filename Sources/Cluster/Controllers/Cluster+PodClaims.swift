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
        let live = owners.filter { $0.deletionTimestamp == nil && !$0[path: "spec.selector"].isNull }
        let selectors = live.map { LabelSelector(json: $0[path: "spec.selector"]) }
        let indexByUID = Dictionary(live.indices.map { (live[$0].uid, $0) }, uniquingKeysWith: { first, _ in first })
        let indicesByNamespace = Dictionary(grouping: live.indices) { live[$0].namespace ?? "" }
        func claims(_ index: Int, _ pod: KubeObject) -> Bool {
            !selectors[index].isEmpty && selectors[index].matches(pod) && isMember(live[index], pod)
        }
        var changed = false
        for pod in list(.pods) {
            if activeOnly && (pod.deletionTimestamp != nil || pod.isFinished) { continue }
            if let controller = pod.controllerUID {
                guard let index = indexByUID[controller], !claims(index, pod) else { continue }
                release(pod, from: live[index])
                changed = true
            } else if pod.deletionTimestamp == nil,
                let index = indicesByNamespace[pod.namespace ?? ""]?.first(where: { claims($0, pod) }) {
                adopt(pod, by: live[index])
                changed = true
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
