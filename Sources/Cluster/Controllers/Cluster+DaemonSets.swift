import KubeAPI

/// The DaemonSet controller: one pod on every node the template may run on.
extension Cluster {
    func reconcileDaemonSets() -> Bool {
        var changed = false
        let podsByOwner = podsByControllerUID()
        let nodes = list(.nodes)
        for ds in list(.daemonSets) {
            let owned = (podsByOwner[ds.uid] ?? []).filter { $0.deletionTimestamp == nil }
            let eligible = nodes.filter { isEligible($0, for: ds) }
            let missing = eligible.filter { node in !owned.contains { $0.nodeName == node.name && !$0.isFinished } }
            for node in missing { createDaemonPod(from: ds, on: node.name) }
            if missing.isEmpty {
                changed = updateStatus(ofDaemonSet: ds, owned: owned, eligible: eligible) || changed
            } else {
                changed = true
            }
        }
        return changed
    }

    private func isEligible(_ node: KubeObject, for ds: KubeObject) -> Bool {
        let selector = ds[path: "spec.template.spec.nodeSelector"].stringMap
        guard selector.allSatisfy({ node.labels[$0.key] == $0.value }) else { return false }
        let tolerations = ds[path: "spec.template.spec.tolerations"].array
        return node[path: "spec.taints"].array.allSatisfy { taint in
            taint["effect"].string == "PreferNoSchedule"
                || tolerations.contains { t in
                    (t["key"].isNull && t["operator"].string == "Exists")
                        || (t["key"] == taint["key"] && (t["effect"].isNull || t["effect"] == taint["effect"]))
                }
        }
    }

    private func createDaemonPod(from ds: KubeObject, on node: String) {
        var pod = KubeObject(["apiVersion": "v1", "kind": "Pod"])
        pod.metadata = ds[path: "spec.template.metadata"]
        pod[path: "metadata.generateName"] = .string(ds.name + "-")
        pod.namespace = ds.namespace
        pod[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: "apps/v1", kind: "DaemonSet", name: ds.name, uid: ds.uid).json
        ]
        pod.value["spec"] = ds[path: "spec.template.spec"]
        pod[path: "spec.nodeName"] = .string(node)
        createOwned(pod, as: .pods)
    }

    /// Records how many eligible nodes run a ready pod of the DaemonSet (`owned`: its live pods).
    private func updateStatus(ofDaemonSet ds: KubeObject, owned: [KubeObject], eligible: [KubeObject]) -> Bool {
        let scheduled = owned.filter { pod in eligible.contains { $0.name == pod.nodeName } }
        let ready = scheduled.filter(\.isReady).count
        var updated = ds
        updated.value["status"] = [
            "currentNumberScheduled": .int(scheduled.count),
            "desiredNumberScheduled": .int(eligible.count),
            "numberAvailable": .int(ready),
            "numberMisscheduled": .int(owned.count - scheduled.count),
            "numberReady": .int(ready),
            "observedGeneration": .int(ds.metadata["generation"].int ?? 1),
            "updatedNumberScheduled": .int(scheduled.count),
        ]
        if ready == eligible.count { updated[path: "status.numberUnavailable"] = .null } else {
            updated[path: "status.numberUnavailable"] = .int(eligible.count - ready)
        }
        return save(.daemonSets, updated)
    }
}
