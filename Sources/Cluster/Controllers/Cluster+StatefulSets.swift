import KubeAPI

/// The StatefulSet controller (`stateful_set_control.go`): members `<set>-<ordinal>` with stable
/// names and claims, created in ordinal order and removed in reverse, one at a time unless the
/// set is `Parallel`; rolling updates go from the highest ordinal down to the partition.
///
/// Each set first adopts its orphan revisions and claims the pods named after it
/// (`Cluster+ControllerRefs.swift`). Claims are created before their pod and kept after it; pods
/// do not yet wait for their claims to be bound (binding belongs to the volume controllers).
extension Cluster {
    func reconcileStatefulSets() -> Bool {
        let before = store.revision
        let sets = list(.statefulSets)
        // `adoptOrphanRevisions` never releases; pods are claimed only by the set their name names.
        claim(.controllerRevisions, for: sets, of: .statefulSets, releases: false)
        claim(.pods, for: sets, of: .statefulSets) { StatefulSetSpec(object: $0).ordinal(of: $1) != nil }
        let podsByOwner = podsByControllerUID()
        for set in sets where set.deletionTimestamp == nil {
            syncStatefulSet(StatefulSetSpec(object: set), owned: podsByOwner[set.uid] ?? [])
        }
        return store.revision != before
    }

    /// One pass of `updateStatefulSet` for one set, then its status and history.
    private func syncStatefulSet(_ spec: StatefulSetSpec, owned: [KubeObject]) {
        let revisions = statefulSetRevisions(spec)
        let members = owned.compactMap { pod in spec.ordinal(of: pod).map { (ordinal: $0, pod: pod) } }
        // By index from the start ordinal: only the members there are (`spec.replicas` may be huge).
        var replicas: [Int: KubeObject] = [:]
        for member in members where spec.inRange(member.ordinal) {
            replicas[member.ordinal - spec.startOrdinal] = member.pod
        }
        let client = Self.statefulSetController.component
        let throttleKey = "statefulset-throttled/\(spec.object.uid)"
        takeDueWakeup(throttleKey)
        let condemned = members.filter { !spec.inRange($0.ordinal) }.sorted { $0.ordinal > $1.ordinal }.map(\.pod)
        let inOrder = replicas.sorted { $0.key < $1.key }.map(\.value)
        let firstUnhealthy = (inOrder + condemned.reversed()).first { !$0.isHealthyStatefulPod }.map(\.uid)

        defer {
            let pods = list(.pods, namespace: spec.object.namespace ?? "default")
                .filter { $0.controllerUID == spec.object.uid && spec.ordinal(of: $0) != nil }
            updateStatefulSetStatus(spec, pods: pods, revisions: revisions)
            truncateStatefulSetHistory(spec, pods: pods, revisions: revisions)
        }
        let monotonic = !spec.allowsBurst
        for index in 0..<spec.replicas {
            let ordinal = spec.startOrdinal + index
            if let pod = replicas[index], pod.isFinished {
                let failed = pod[path: "status.phase"].string == "Failed"
                recordEvent(
                    spec.object, reason: failed ? "RecreatingFailedPod" : "RecreatingTerminatedPod",
                    message: StatefulSetMessage.recreating(
                        spec.object.namespace ?? "default", spec.name, pod.name, failed: failed),
                    type: failed ? "Warning" : "Normal", source: Self.statefulSetController)
                deleteStatefulPod(pod, of: spec)
                replicas[index] = nil
            }
            guard let pod = replicas[index] else {
                // A create waits for the client's rate limit, and so does the rest of the pass.
                let backlog = spec.replicas - replicas.count
                if requestsAllowed(1, client: client, resumeUnder: throttleKey, backlog: backlog) == 0 { break }
                replicas[index] = createVersionedStatefulPod(spec, ordinal: ordinal, revisions: revisions)
                if monotonic { return }
                continue
            }
            if pod[path: "status.phase"].string == "Pending" { createStatefulClaims(spec, ordinal: ordinal) }
            if monotonic, pod.deletionTimestamp != nil || !isAvailable(pod, spec) { return }
            replicas[index] = updateStatefulPodIdentity(pod, of: spec)
        }
        for pod in condemned {
            if pod.deletionTimestamp != nil {
                if monotonic { return }
                continue
            }
            if monotonic, !isAvailable(pod, spec), pod.uid != firstUnhealthy { return }
            deleteStatefulPod(pod, of: spec)
            if monotonic { return }
        }
        guard !spec.isOnDelete, spec.partition < spec.replicas else { return }
        for index in (spec.partition..<spec.replicas).reversed() {
            guard let pod = replicas[index] else { return }
            if pod.statefulSetRevision != revisions.update.name, pod.deletionTimestamp == nil {
                deleteStatefulPod(pod, of: spec)
                return
            }
            if !pod.isHealthyStatefulPod { return }
        }
    }

    /// `newVersionedStatefulSetPod`: ordinals below the partition keep the current revision.
    private func createVersionedStatefulPod(
        _ spec: StatefulSetSpec, ordinal: Int, revisions: StatefulSetRevisions
    ) -> KubeObject? {
        let keepsCurrent = !spec.isOnDelete && ordinal < spec.startOrdinal + spec.partition
        let revision = keepsCurrent ? revisions.current : revisions.update
        return createStatefulPod(
            spec, ordinal: ordinal, template: StatefulSetRevisions.template(of: revision), revision: revision.name)
    }
}
