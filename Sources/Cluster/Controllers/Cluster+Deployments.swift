import KubeAPI

/// The Deployment controller: one ReplicaSet per pod template, the current one scaled to the
/// Deployment's replicas and the older ones to zero, and the Deployment's status from them.
extension Cluster {
    func reconcileDeployments() -> Bool {
        var changed = false
        for deployment in list(.deployments) {
            let owned = list(.replicaSets, namespace: deployment.namespace).filter {
                $0.controllerUID == deployment.uid
            }
            let template = deployment[path: "spec.template"]
            let replicas = deployment[path: "spec.replicas"].int ?? 1
            var current = owned.first { Self.templateWithoutHash($0[path: "spec.template"]).isEquivalent(to: template) }
            if current == nil {
                current = createReplicaSet(for: deployment, revision: nextRevision(owned))
                changed = true
            }
            for var rs in owned where rs.uid != current?.uid && (rs[path: "spec.replicas"].int ?? 0) != 0 {
                rs[path: "spec.replicas"] = 0
                changed = save(.replicaSets, rs) || changed
            }
            if var rs = current, rs[path: "spec.replicas"].int != replicas {
                rs[path: "spec.replicas"] = .int(replicas)
                changed = save(.replicaSets, rs) || changed
            }
            changed = updateStatus(of: deployment, owned: owned, current: current) || changed
        }
        return changed
    }

    static func templateWithoutHash(_ template: JSONValue) -> JSONValue {
        var t = template
        var labels = t[path: "metadata.labels"].stringMap
        labels["pod-template-hash"] = nil
        t[path: "metadata.labels"] = labels.isEmpty ? .null : .stringMap(labels)
        return t
    }

    private func nextRevision(_ replicaSets: [KubeObject]) -> Int {
        (replicaSets.compactMap { Int($0.annotations["deployment.kubernetes.io/revision"] ?? "") }.max() ?? 0) + 1
    }

    private func createReplicaSet(for deployment: KubeObject, revision: Int) -> KubeObject? {
        let template = deployment[path: "spec.template"]
        let hash = PodTemplateHash.of(template)
        var labels = template[path: "metadata.labels"].stringMap
        labels["pod-template-hash"] = hash
        var rsTemplate = template
        rsTemplate[path: "metadata.labels"] = .stringMap(labels)
        var selector = deployment[path: "spec.selector"]
        selector[path: "matchLabels"] = .stringMap(selector["matchLabels"].stringMap.merging(["pod-template-hash": hash]) { $1 })
        let replicas = deployment[path: "spec.replicas"].int ?? 1
        var rs = KubeObject(["apiVersion": "apps/v1", "kind": "ReplicaSet"])
        rs.name = "\(deployment.name)-\(hash)"
        rs.namespace = deployment.namespace
        rs.labels = labels
        rs[path: "metadata.annotations"] = .stringMap([
            "deployment.kubernetes.io/desired-replicas": String(replicas),
            "deployment.kubernetes.io/max-replicas": String(replicas + 1),
            "deployment.kubernetes.io/revision": String(revision),
        ])
        rs[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: deployment.name, uid: deployment.uid).json
        ]
        rs.value["spec"] = ["replicas": .int(replicas), "selector": selector, "template": rsTemplate]
        var annotated = deployment
        annotated[path: "metadata.annotations"] = .stringMap(
            deployment.annotations.merging(["deployment.kubernetes.io/revision": String(revision)]) { $1 })
        save(.deployments, annotated)
        return createOwned(rs, as: .replicaSets)
    }

    /// Sums the status of the Deployment's ReplicaSets (`owned`); `current` has its template.
    private func updateStatus(of deployment: KubeObject, owned: [KubeObject], current: KubeObject?) -> Bool {
        func sum(_ field: String) -> Int { owned.reduce(0) { $0 + ($1[path: "status.\(field)"].int ?? 0) } }
        let replicas = deployment[path: "spec.replicas"].int ?? 1
        let available = sum("availableReplicas")
        let fresh = current.flatMap { lookup(.replicaSets, $0.namespace, $0.name) }
        var status: JSONValue = [
            "availableReplicas": .int(available),
            "observedGeneration": .int(deployment.metadata["generation"].int ?? 1),
            "readyReplicas": .int(sum("readyReplicas")),
            "replicas": .int(sum("replicas")),
            "updatedReplicas": .int(fresh?[path: "status.replicas"].int ?? 0),
        ]
        let unavailable = max(0, replicas - available)
        if unavailable > 0 { status["unavailableReplicas"] = .int(unavailable) }
        for key in ["availableReplicas", "readyReplicas", "replicas", "updatedReplicas"] where status[key].int == 0 {
            status[key] = .null
        }
        var updated = deployment
        updated.value["status"] = status
        if updated.metadata["generation"].isNull { updated[path: "metadata.generation"] = 1 }
        return save(.deployments, updated)
    }
}
