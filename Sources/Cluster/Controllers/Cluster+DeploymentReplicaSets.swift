import KubeAPI

/// How the Deployment controller finds, creates, scales and prunes its ReplicaSets
/// (`getNewReplicaSet`, `scaleReplicaSet`, `cleanupDeployment` in Kubernetes).
extension Cluster {
    /// Finds the ReplicaSet whose template is the Deployment's, gives it the next revision when
    /// it is an old one coming back (a rollback), or creates it when `create` allows.
    func syncRevision(_ sync: inout DeploymentSync, create: Bool) {
        let template = sync.deployment[path: "spec.template"]
        // Most templates are equal member for member, in order: that is checked first, cheaply.
        let existing = sync.replicaSets.first {
            let candidate = Self.templateWithoutHash($0[path: "spec.template"])
            return candidate == template || candidate.isEquivalent(to: template)
        }
        let others = sync.replicaSets.filter { $0.uid != existing?.uid }
        let newRevision = DeploymentSync.maxRevision(others) + 1
        if var rs = existing {
            let annotationsChanged = Self.setNewReplicaSetAnnotations(
                &rs, sync: sync, revision: newRevision, exists: true)
            if annotationsChanged || rs[path: "spec.minReadySeconds"].int ?? 0 != sync.spec.minReadySeconds {
                rs[path: "spec.minReadySeconds"] =
                    sync.spec.minReadySeconds == 0 ? .null : .int(sync.spec.minReadySeconds)
                save(.replicaSets, rs)
            }
            setDeploymentRevision(&sync, rs.annotations[DeploymentSync.revisionKey] ?? "")
            if sync.spec.progressDeadlineSeconds != nil, DeploymentConditions.get(sync.status, "Progressing") == nil {
                DeploymentConditions.set(
                    &sync.status, type: "Progressing", status: "True", reason: "FoundNewReplicaSet",
                    message: "Found new replica set \"\(rs.name)\"", now: now)
            }
            sync.newRS = rs
            sync.replicaSets = sync.replicaSets.map { $0.uid == rs.uid ? rs : $0 }
            return
        }
        guard create else { return }
        createReplicaSet(&sync, revision: newRevision)
    }

    private func createReplicaSet(_ sync: inout DeploymentSync, revision: Int) {
        let deployment = sync.deployment
        let template = deployment[path: "spec.template"]
        let hash = PodTemplateHash.of(template, collisionCount: deployment[path: "status.collisionCount"].int)
        var labels = template[path: "metadata.labels"].stringMap
        labels["pod-template-hash"] = hash
        var rsTemplate = template
        rsTemplate[path: "metadata.labels"] = .stringMap(labels)
        var selector = deployment[path: "spec.selector"]
        selector[path: "matchLabels"] = .stringMap(
            selector["matchLabels"].stringMap.merging(["pod-template-hash": hash]) { $1 })
        var rs = KubeObject(["apiVersion": "apps/v1", "kind": "ReplicaSet"])
        rs.name = "\(deployment.name)-\(hash)"
        rs.namespace = deployment.namespace
        rs.labels = labels
        rs[path: "metadata.generation"] = 1
        rs[path: "metadata.ownerReferences"] = [
            OwnerReference(apiVersion: "apps/v1", kind: "Deployment", name: deployment.name, uid: deployment.uid).json
        ]
        rs.value["spec"] = ["replicas": 0, "selector": selector, "template": rsTemplate]
        if sync.spec.minReadySeconds > 0 { rs[path: "spec.minReadySeconds"] = .int(sync.spec.minReadySeconds) }
        let replicas =
            sync.spec.recreate ? sync.spec.replicas : Self.newReplicas(sync, newRS: rs, all: sync.replicaSets + [rs])
        rs[path: "spec.replicas"] = .int(replicas)
        _ = Self.setNewReplicaSetAnnotations(&rs, sync: sync, revision: revision, exists: false)
        guard let created = createOwned(rs, as: .replicaSets) else {
            countCollision(&sync, name: rs.name)
            return
        }
        if replicas > 0 {
            recordEvent(
                deployment, reason: "ScalingReplicaSet",
                message: "Scaled up replica set \(created.name) from 0 to \(replicas)",
                source: Self.deploymentController)
        }
        setDeploymentRevision(&sync, String(revision))
        if sync.spec.progressDeadlineSeconds != nil {
            DeploymentConditions.set(
                &sync.status, type: "Progressing", status: "True", reason: "NewReplicaSetCreated",
                message: "Created new replica set \"\(created.name)\"", now: now)
        }
        sync.replicaSets.append(created)
        sync.newRS = created
    }

    /// A ReplicaSet already has the new one's name but is not this Deployment's (one it released,
    /// say): `status.collisionCount` goes up, so the next pass hashes the template to a new name.
    private func countCollision(_ sync: inout DeploymentSync, name: String) {
        guard lookup(.replicaSets, sync.deployment.namespace, name) != nil else { return }
        sync.status["collisionCount"] = .int((sync.status["collisionCount"].int ?? 0) + 1)
    }

    /// `NewRSNewReplicas` for a rolling update: as many as the surge allows, up to `replicas`.
    static func newReplicas(_ sync: DeploymentSync, newRS: KubeObject, all: [KubeObject]) -> Int {
        let spec = sync.spec
        let current = DeploymentSync.specReplicas(all)
        let maxTotal = spec.replicas + spec.maxSurge
        if current >= maxTotal { return newRS.specReplicas }
        return newRS.specReplicas + min(maxTotal - current, spec.replicas - newRS.specReplicas)
    }

    /// Copies the Deployment's annotations onto the ReplicaSet and raises its revision to
    /// `revision`, keeping the numbers it had before in `revision-history`.
    private static func setNewReplicaSetAnnotations(
        _ rs: inout KubeObject, sync: DeploymentSync, revision: Int, exists: Bool
    ) -> Bool {
        let current = rs.annotations
        var annotations = current
        for (key, value) in sync.deployment.annotations where !DeploymentSync.uncopiedAnnotations.contains(key) {
            annotations[key] = value
        }
        let old = annotations[DeploymentSync.revisionKey]
        if (old.flatMap { Int($0) } ?? 0) < revision {
            annotations[DeploymentSync.revisionKey] = String(revision)
            if let old {
                let history = annotations[DeploymentSync.revisionHistoryKey] ?? ""
                annotations[DeploymentSync.revisionHistoryKey] = history.isEmpty ? old : history + "," + old
            }
        }
        if !exists {
            annotations[DeploymentSync.desiredReplicasKey] = String(sync.spec.replicas)
            annotations[DeploymentSync.maxReplicasKey] = String(sync.spec.replicas + sync.spec.maxSurge)
        }
        guard annotations != current else { return false }
        rs[path: "metadata.annotations"] = .stringMap(annotations)
        return true
    }

    private func setDeploymentRevision(_ sync: inout DeploymentSync, _ revision: String) {
        guard !revision.isEmpty, sync.deployment.annotations[DeploymentSync.revisionKey] != revision else { return }
        sync.deployment[path: "metadata.annotations"] = .stringMap(
            sync.deployment.annotations.merging([DeploymentSync.revisionKey: revision]) { $1 })
    }

    /// Scales `rs` to `replicas` (and records the Deployment's size in its annotations),
    /// with a `ScalingReplicaSet` event when the size changes; reports whether it did.
    @discardableResult
    func scaleReplicaSet(_ sync: inout DeploymentSync, _ rs: KubeObject, to replicas: Int, operation: String? = nil)
        -> Bool
    {
        let old = rs.specReplicas
        let desired = String(sync.spec.replicas)
        let maxReplicas = String(sync.spec.replicas + sync.spec.maxSurge)
        let annotationsStale =
            rs.annotations[DeploymentSync.desiredReplicasKey] != desired
            || rs.annotations[DeploymentSync.maxReplicasKey] != maxReplicas
        guard old != replicas || annotationsStale else { return false }
        var updated = rs
        updated[path: "spec.replicas"] = .int(replicas)
        if old != replicas { updated[path: "metadata.generation"] = .int((rs.metadata["generation"].int ?? 1) + 1) }
        updated[path: "metadata.annotations"] = .stringMap(
            rs.annotations.merging([
                DeploymentSync.desiredReplicasKey: desired, DeploymentSync.maxReplicasKey: maxReplicas,
            ]) { $1 })
        save(.replicaSets, updated)
        sync.replicaSets = sync.replicaSets.map { $0.uid == rs.uid ? updated : $0 }
        if sync.newRS?.uid == rs.uid { sync.newRS = updated }
        guard old != replicas else { return false }
        let verb = operation ?? (old < replicas ? "up" : "down")
        recordEvent(
            sync.deployment, reason: "ScalingReplicaSet",
            message: "Scaled \(verb) replica set \(rs.name) from \(old) to \(replicas)",
            source: Self.deploymentController)
        return true
    }

    /// Scales `rs` to `replicas` when that is a change (`scaleReplicaSetAndRecordEvent`).
    @discardableResult
    func scaleIfNeeded(_ sync: inout DeploymentSync, _ rs: KubeObject, to replicas: Int) -> Bool {
        guard rs.specReplicas != replicas else { return false }
        return scaleReplicaSet(&sync, rs, to: replicas)
    }

    /// Deletes the oldest idle ReplicaSets beyond `revisionHistoryLimit`.
    func cleanupOldReplicaSets(_ sync: inout DeploymentSync) {
        let cleanable = sync.oldRSs.filter { $0.deletionTimestamp == nil }
        let excess = cleanable.count - sync.spec.revisionHistoryLimit
        guard excess > 0 else { return }
        let byRevision = cleanable.sorted { a, b in
            (a.revision ?? 0) != (b.revision ?? 0) ? (a.revision ?? 0) < (b.revision ?? 0) : Self.olderFirst(a, b)
        }
        for rs in byRevision.prefix(excess) {
            // Only one its controller has seen scaled to nothing, by its status.
            let observed = rs[path: "status.observedGeneration"].int ?? 0
            guard rs.specReplicas == 0, rs.statusCount("replicas") == 0, (rs.metadata["generation"].int ?? 0) <= observed
            else { continue }
            store.remove(.replicaSets, namespace: rs.namespace, name: rs.name)
            sync.replicaSets.removeAll { $0.uid == rs.uid }
        }
    }

    static let deploymentController = EventSource(component: "deployment-controller")
}
