import KubeAPI

/// The DaemonSet controller: one pod on every node the template may run on (`DaemonSetPlacement`),
/// none on a node it must leave, each new pod pinned to its node by node affinity for the
/// scheduler to bind; `SuccessfulCreate` and `SuccessfulDelete` events as `daemonset-controller`.
extension Cluster {
    func reconcileDaemonSets() -> Bool {
        var changed = false
        let podsByOwner = podsByControllerUID()
        let nodes = list(.nodes)
        for stored in list(.daemonSets) {
            var ds = stored
            if ds.metadata["annotations"][Self.templateGenerationAnnotation].isNull {
                ds[path: "metadata.annotations"] = .stringMap(ds.annotations.merging(
                    [Self.templateGenerationAnnotation: String(ds.metadata["generation"].int ?? 1)]) { $1 })
                changed = save(.daemonSets, ds) || changed
            }
            let live = (podsByOwner[ds.uid] ?? []).filter { $0.deletionTimestamp == nil }
            let byNode = Dictionary(grouping: live) { DaemonSetPlacement.targetNode(of: $0) ?? "" }
            let spec = ds[path: "spec.template.spec"]
            var placements: [String: (shouldRun: Bool, shouldContinueRunning: Bool)] = [:]
            for node in nodes {
                let placement = DaemonSetPlacement.check(spec, on: node)
                placements[node.name] = placement
                let here = byNode[node.name] ?? []
                let running = here.filter { !$0.isFinished }
                for pod in here where pod.isFinished {
                    deleteDaemonPod(pod, of: ds)
                    changed = true
                }
                if placement.shouldRun && running.isEmpty {
                    createDaemonPod(from: ds, on: node.name, siblings: live)
                    changed = true
                } else if !placement.shouldContinueRunning {
                    for pod in running { deleteDaemonPod(pod, of: ds) }
                    changed = changed || !running.isEmpty
                } else if running.count > 1 {
                    let sorted = running.sorted { ($0.creationTimestamp ?? now) < ($1.creationTimestamp ?? now) }
                    for pod in sorted.dropFirst() { deleteDaemonPod(pod, of: ds) }
                    changed = true
                }
            }
            if !changed {
                changed = updateStatus(ofDaemonSet: ds, byNode: byNode, placements: placements) || changed
            }
        }
        return changed
    }

    private func createDaemonPod(from ds: KubeObject, on node: String, siblings: [KubeObject]) {
        var pod = KubeObject.pod(fromTemplate: ds[path: "spec.template"], owner: ds)
        let generation = templateGeneration(of: ds)
        let hash = siblings.first { $0.labels["pod-template-generation"] == generation }?.labels["controller-revision-hash"]
            ?? PodTemplateHash.of(ds[path: "spec.template"])
        pod[path: "metadata.labels"] = .stringMap(pod.labels.merging(
            ["controller-revision-hash": hash, "pod-template-generation": generation]) { $1 })
        pod[path: "spec.affinity"] = DaemonSetPlacement.pinnedAffinity(pod[path: "spec.affinity"], to: node)
        pod[path: "spec.tolerations"] = .array(DaemonSetPlacement.tolerations(for: pod.value["spec"]))
        guard let created = createOwned(pod, as: .pods) else { return }
        recordEvent(ds, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
            source: EventSource(component: "daemonset-controller"))
    }

    private func deleteDaemonPod(_ pod: KubeObject, of ds: KubeObject) {
        deletePod(pod)
        recordEvent(ds, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)",
            source: EventSource(component: "daemonset-controller"))
    }

    /// The DaemonSet's template generation, as the apiserver keeps it in an annotation.
    private func templateGeneration(of ds: KubeObject) -> String {
        ds.annotations[Self.templateGenerationAnnotation] ?? String(ds.metadata["generation"].int ?? 1)
    }

    /// `updateDaemonSetStatus`: counts over nodes that should run a pod and those that should not.
    private func updateStatus(
        ofDaemonSet ds: KubeObject, byNode: [String: [KubeObject]],
        placements: [String: (shouldRun: Bool, shouldContinueRunning: Bool)]
    ) -> Bool {
        var desired = 0, current = 0, misscheduled = 0, ready = 0, updatedCount = 0
        let generation = templateGeneration(of: ds)
        for (node, placement) in placements {
            let pods = (byNode[node] ?? []).filter { !$0.isFinished }
            if placement.shouldRun {
                desired += 1
                guard !pods.isEmpty else { continue }
                current += 1
                if pods.contains(where: \.isReady) { ready += 1 }
                if pods.contains(where: { $0.labels["pod-template-generation"] == generation }) { updatedCount += 1 }
            } else if !pods.isEmpty {
                misscheduled += 1
            }
        }
        var updated = ds
        updated.value["status"] = [
            "currentNumberScheduled": .int(current), "desiredNumberScheduled": .int(desired),
            "numberAvailable": .int(ready), "numberMisscheduled": .int(misscheduled), "numberReady": .int(ready),
            "observedGeneration": .int(ds.metadata["generation"].int ?? 1), "updatedNumberScheduled": .int(updatedCount),
        ]
        if ready == desired { updated[path: "status.numberUnavailable"] = .null } else {
            updated[path: "status.numberUnavailable"] = .int(desired - ready)
        }
        return save(.daemonSets, updated)
    }

    static let templateGenerationAnnotation = "deprecated.daemonset.template.generation"
}
