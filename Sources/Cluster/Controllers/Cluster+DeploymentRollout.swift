import KubeAPI

/// The two rollout strategies and proportional scaling, step for step as Kubernetes 1.32's
/// `rolling.go`, `recreate.go` and `sync.go` take them.
extension Cluster {
    /// One step of a rolling update: scale the new ReplicaSet up within the surge, else the
    /// old ones down within the unavailability budget; prune history once complete.
    func rolloutRolling(_ sync: inout DeploymentSync) {
        // `isScalingEvent` has already found the new ReplicaSet when there is one.
        if sync.newRS == nil { syncRevision(&sync, create: true) }
        if reconcileNewReplicaSet(&sync) || reconcileOldReplicaSets(&sync) {
            syncRolloutStatus(&sync)
            return
        }
        if DeploymentConditions.isComplete(sync.deployment, status: sync.status) { cleanupOldReplicaSets(&sync) }
        syncRolloutStatus(&sync)
    }

    private func reconcileNewReplicaSet(_ sync: inout DeploymentSync) -> Bool {
        guard let newRS = sync.newRS else { return false }
        let replicas = sync.spec.replicas
        if newRS.specReplicas == replicas { return false }
        if newRS.specReplicas > replicas { return scaleReplicaSet(&sync, newRS, to: replicas) }
        return scaleIfNeeded(&sync, newRS, to: Self.newReplicas(sync, newRS: newRS, all: sync.all))
    }

    private func reconcileOldReplicaSets(_ sync: inout DeploymentSync) -> Bool {
        let oldCount = DeploymentSync.specReplicas(sync.oldRSs)
        guard oldCount > 0, let newRS = sync.newRS else { return false }
        let minAvailable = sync.spec.replicas - sync.spec.maxUnavailable
        let newUnavailable = newRS.specReplicas - DeploymentSync.availableReplicas([newRS])
        let maxScaledDown = DeploymentSync.specReplicas(sync.all) - minAvailable - newUnavailable
        guard maxScaledDown > 0 else { return false }
        let cleaned = cleanupUnhealthyReplicas(&sync, maxCleanup: maxScaledDown)
        let scaled = scaleDownOldForRollingUpdate(&sync)
        return cleaned + scaled > 0
    }

    /// Scales down old ReplicaSets' pods that are not available, as far as `maxCleanup` allows.
    private func cleanupUnhealthyReplicas(_ sync: inout DeploymentSync, maxCleanup: Int) -> Int {
        var total = 0
        for rs in sync.oldRSs {
            if total >= maxCleanup { break }
            let available = DeploymentSync.availableReplicas([rs])
            if rs.specReplicas == 0 || rs.specReplicas == available { continue }
            let down = min(maxCleanup - total, rs.specReplicas - available)
            scaleReplicaSet(&sync, rs, to: rs.specReplicas - down)
            total += down
        }
        return total
    }

    /// Scales old ReplicaSets down, oldest first, while enough pods stay available.
    private func scaleDownOldForRollingUpdate(_ sync: inout DeploymentSync) -> Int {
        let minAvailable = sync.spec.replicas - sync.spec.maxUnavailable
        let available = DeploymentSync.availableReplicas(sync.all)
        guard available > minAvailable else { return 0 }
        let target = available - minAvailable
        var total = 0
        for rs in sync.oldRSs {
            if total >= target { break }
            if rs.specReplicas == 0 { continue }
            let down = min(rs.specReplicas, target - total)
            scaleReplicaSet(&sync, rs, to: rs.specReplicas - down)
            total += down
        }
        return total
    }

    /// Recreate: every old pod goes, and only once none is left does the new ReplicaSet scale up.
    func rolloutRecreate(_ sync: inout DeploymentSync) {
        syncRevision(&sync, create: false)
        var scaledDown = false
        for rs in sync.oldRSs where rs.specReplicas > 0 {
            scaledDown = scaleReplicaSet(&sync, rs, to: 0) || scaledDown
        }
        // `oldPodsRunning`: old ReplicaSets still report replicas, or have pods not yet finished.
        let oldPodsRunning =
            DeploymentSync.actualReplicas(sync.oldRSs) > 0 || sync.oldRSs.contains { sync.pods($0.uid).unfinished > 0 }
        if scaledDown || oldPodsRunning {
            syncRolloutStatus(&sync)
            return
        }
        if sync.newRS == nil { syncRevision(&sync, create: true) }
        if let newRS = sync.newRS { scaleIfNeeded(&sync, newRS, to: sync.spec.replicas) }
        if DeploymentConditions.isComplete(sync.deployment, status: sync.status) { cleanupOldReplicaSets(&sync) }
        syncRolloutStatus(&sync)
    }

    /// A paused Deployment, or one whose replica count changed: scale the ReplicaSets that
    /// have pods, in proportion, without starting a rollout (`sync`).
    func scaleOnly(_ sync: inout DeploymentSync) {
        syncRevision(&sync, create: false)
        scaleReplicaSets(&sync)
        if sync.spec.paused { cleanupOldReplicaSets(&sync) }
        DeploymentConditions.calculateStatus(&sync)
    }

    private func scaleReplicaSets(_ sync: inout DeploymentSync) {
        let replicas = sync.spec.replicas
        let active = sync.all.filter { $0.specReplicas > 0 }
        if active.count <= 1 {
            let target = active.first ?? sync.newRS ?? sync.oldRSs.last
            if let target, target.specReplicas != replicas { scaleReplicaSet(&sync, target, to: replicas) }
            return
        }
        if let newRS = sync.newRS, newRS.specReplicas == replicas,
            newRS.annotations[DeploymentSync.desiredReplicasKey] == String(replicas),
            DeploymentSync.availableReplicas([newRS]) == replicas
        {
            for rs in sync.oldRSs where rs.specReplicas > 0 { scaleReplicaSet(&sync, rs, to: 0) }
            return
        }
        guard !sync.spec.recreate else { return }
        proportionallyScale(&sync, active)
    }

    /// Spreads a change of size over the active ReplicaSets by their share of the old size.
    private func proportionallyScale(_ sync: inout DeploymentSync, _ active: [KubeObject]) {
        let spec = sync.spec
        let allowed = spec.replicas > 0 ? spec.replicas + spec.maxSurge : 0
        let toAdd = allowed - DeploymentSync.specReplicas(active)
        let sorted = active.sorted { a, b in
            if a.specReplicas != b.specReplicas { return a.specReplicas > b.specReplicas }
            return toAdd > 0 ? Self.olderFirst(b, a) : Self.olderFirst(a, b)
        }
        var added = 0
        var sizes: [String: Int] = [:]
        for rs in sorted {
            guard toAdd != 0 else {
                sizes[rs.uid] = rs.specReplicas
                continue
            }
            let share = proportion(rs, sync: sync, toAdd: toAdd, added: added)
            sizes[rs.uid] = rs.specReplicas + share
            added += share
        }
        for (index, rs) in sorted.enumerated() {
            var size = sizes[rs.uid] ?? rs.specReplicas
            if index == 0 && toAdd != 0 { size = max(0, size + toAdd - added) }
            scaleReplicaSet(&sync, rs, to: size, operation: toAdd > 0 ? "up" : toAdd < 0 ? "down" : "")
        }
    }

    /// `GetProportion`: this ReplicaSet's share of `toAdd`, bounded by what is left to add.
    private func proportion(_ rs: KubeObject, sync: DeploymentSync, toAdd: Int, added: Int) -> Int {
        guard rs.specReplicas > 0, toAdd != added else { return 0 }
        let spec = sync.spec
        var fraction: Int
        if spec.replicas == 0 {
            fraction = -rs.specReplicas
        } else {
            var before = Int(rs.annotations[DeploymentSync.maxReplicasKey] ?? "") ?? 0
            if before == 0 { before = sync.deployment[path: "status.replicas"].int ?? 0 }
            if before == 0 {
                fraction = 0
            } else {
                let scaled = Double(rs.specReplicas * (spec.replicas + spec.maxSurge)) / Double(before)
                fraction = Int(scaled.rounded()) - rs.specReplicas
            }
        }
        let allowed = toAdd - added
        return toAdd > 0 ? min(fraction, allowed) : max(fraction, allowed)
    }
}
