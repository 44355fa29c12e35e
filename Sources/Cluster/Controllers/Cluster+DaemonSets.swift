import KubeAPI

/// The DaemonSet controller: one pod on every node the template may run on.
extension Cluster {
    func reconcileDaemonSets() -> Bool {
        var changed = false
        for ds in list(.daemonSets) {
            let owned = list(.pods, namespace: ds.namespace).filter {
                $0.controllerReference?.uid == ds.uid && $0.deletionTimestamp == nil && !$0.isFinished
            }
            let eligible = list(.nodes).filter { isEligible($0, for: ds) }
            for node in eligible where !owned.contains(where: { $0.nodeName == node.name }) {
                createDaemonPod(from: ds, on: node.name)
                changed = true
            }
            changed = updateStatus(ofDaemonSet: ds, eligible: eligible) || changed
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

    private func updateStatus(ofDaemonSet ds: KubeObject, eligible: [KubeObject]) -> Bool {
        let owned = list(.pods, namespace: ds.namespace).filter {
            $0.controllerReference?.uid == ds.uid && $0.deletionTimestamp == nil
        }
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
