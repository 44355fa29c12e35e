import KubeAPI

/// The Deployment controller, as Kubernetes 1.32's `syncDeployment`: a paused Deployment or a
/// change of replicas only scales; otherwise the strategy (RollingUpdate or Recreate) moves
/// pods from the old ReplicaSets to the one whose template matches, a step at a time. Each
/// Deployment first claims the ReplicaSets its selector matches (`getReplicaSetsForDeployment`).
extension Cluster {
    func reconcileDeployments() -> Bool {
        let deployments = list(.deployments)
        var changed = claim(.replicaSets, for: deployments, of: .deployments)
        let queued = deploymentsToSync()
        let live = Set(deployments.map(\.uid))
        for key in wakeups.keys(withPrefix: "deployment-") {
            if let uid = key.split(separator: "/").last, !live.contains(String(uid)) { wakeups[key] = nil }
        }
        for deployment in deployments where queued?.contains(deployment.uid) ?? true {
            changed = syncDeployment(deployment) || changed
        }
        return changed
    }

    /// The Deployments with something new to see, as the controller's informers queue them: those
    /// written, those whose ReplicaSets changed, a Recreate one whose last pod is gone
    /// (`deletePod`), and those with a wake-up due; nil (every Deployment) when the changes are
    /// not known or an orphan ReplicaSet changed. Other pod changes reach a Deployment only
    /// through its ReplicaSets' status.
    private func deploymentsToSync() -> Set<String>? {
        guard let changes = takeChanges(for: .deployments) else { return nil }
        var queued = Set<String>()
        var podsGoneFrom = Set<String>()
        for change in changes {
            switch change.type {
            case .deployments:
                if let deployment = lookup(.deployments, change.key.namespace, change.key.name) { queued.insert(deployment.uid) }
            case .replicaSets:
                guard let owner = change.controller else { return nil }
                queued.insert(owner)
            case .pods where change.removed:
                if let owner = change.controller { podsGoneFrom.insert(owner) }
            default: continue
            }
        }
        queued.formUnion(recreateDeploymentsWithoutPods(after: podsGoneFrom))
        for (key, _) in wakeups.due(at: now, prefix: "deployment-") {
            if let uid = key.split(separator: "/").last { queued.insert(String(uid)) }
        }
        return queued
    }

    /// `deletePod`: the Recreate Deployments, among those controlling the ReplicaSets (by UID) that
    /// lost pods, that have no pods left in any of their ReplicaSets.
    private func recreateDeploymentsWithoutPods(after podsGoneFrom: Set<String>) -> Set<String> {
        var found = Set<String>()
        for rsUID in podsGoneFrom {
            guard let rs = store.object(uid: rsUID), rs.type == .replicaSets,
                let uid = rs.object.controllerUID, !found.contains(uid),
                let owner = store.object(uid: uid), owner.type == .deployments, DeploymentSpec(owner.object).recreate
            else { continue }
            let podsLeft = ownedReplicaSets(of: owner.object).contains { !store.podTally(controlledBy: $0.uid).isEmpty }
            if !podsLeft { found.insert(uid) }
        }
        return found
    }

    /// One pass over one Deployment; reports whether anything was written.
    private func syncDeployment(_ deployment: KubeObject) -> Bool {
        let before = store.revision
        let tally = { [unowned self] (uid: String) in self.store.podTally(controlledBy: uid) }
        var sync = DeploymentSync(deployment: deployment, pods: tally, now: now)
        if deployment.metadata["generation"].isNull { sync.deployment[path: "metadata.generation"] = 1 }
        sync.replicaSets = ownedReplicaSets(of: deployment)
        if deployment.deletionTimestamp == nil {
            sync.checkPausedConditions()
            if sync.spec.paused || isScalingEvent(&sync) {
                scaleOnly(&sync)
            } else if sync.spec.recreate {
                rolloutRecreate(&sync)
            } else {
                rolloutRolling(&sync)
            }
        }
        save(.deployments, sync.deployment)
        scheduleDeploymentWakeups(sync)
        return store.revision != before
    }

    /// The ReplicaSets this Deployment controls, oldest first (name breaks ties).
    func ownedReplicaSets(of deployment: KubeObject) -> [KubeObject] {
        list(.replicaSets, namespace: deployment.namespace)
            .filter { $0.controllerUID == deployment.uid }
            .sorted(by: Self.olderFirst)
    }

    static func olderFirst(_ a: KubeObject, _ b: KubeObject) -> Bool {
        let (ta, tb) = (
            a.creationTimestamp ?? Timestamp(milliseconds: 0), b.creationTimestamp ?? Timestamp(milliseconds: 0)
        )
        return ta != tb ? ta < tb : a.name < b.name
    }

    /// A pod template without the `pod-template-hash` label, to compare with a Deployment's.
    static func templateWithoutHash(_ template: JSONValue) -> JSONValue {
        var t = template
        var labels = t[path: "metadata.labels"].stringMap
        labels["pod-template-hash"] = nil
        t[path: "metadata.labels"] = labels.isEmpty ? .null : .stringMap(labels)
        return t
    }

    /// Whether an active ReplicaSet was sized for a different replica count than the
    /// Deployment asks for now (`isScalingEvent`).
    private func isScalingEvent(_ sync: inout DeploymentSync) -> Bool {
        syncRevision(&sync, create: false)
        return sync.all.contains { rs in
            rs.specReplicas > 0
                && Int(rs.annotations[DeploymentSync.desiredReplicasKey] ?? "").map { $0 != sync.spec.replicas } == true
        }
    }

    /// Asks to run again when the progress deadline passes (`requeueStuckDeployment`).
    private func scheduleDeploymentWakeups(_ sync: DeploymentSync) {
        let key = "deployment-progress/\(sync.deployment.uid)"
        if let time = sync.progressDeadline {
            wake(at: time, for: key)
        } else {
            cancelWakeup(for: key)
        }
    }
}
