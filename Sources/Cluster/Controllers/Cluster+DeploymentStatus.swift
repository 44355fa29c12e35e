import KubeAPI

/// `syncRolloutStatus`: the status after a rollout step, with the Progressing condition
/// telling whether the rollout moved, finished, or passed its `progressDeadlineSeconds`.
extension Cluster {
    func syncRolloutStatus(_ sync: inout DeploymentSync) {
        let old = sync.status
        DeploymentConditions.calculateStatus(&sync)
        var status = sync.status
        let deadline = sync.spec.progressDeadlineSeconds
        if deadline == nil { DeploymentConditions.remove(&status, "Progressing") }
        let current = DeploymentConditions.get(old, "Progressing")
        let settled =
            status["replicas"] == status["updatedReplicas"] && current?["reason"].string == "NewReplicaSetAvailable"
        if deadline != nil && !settled {
            let target = sync.newRS.map { "ReplicaSet \"\($0.name)\"" } ?? "Deployment \"\(sync.name)\""
            if DeploymentConditions.isComplete(sync.deployment, status: status) {
                DeploymentConditions.set(
                    &status, type: "Progressing", status: "True", reason: "NewReplicaSetAvailable",
                    message: "\(target) has successfully progressed.", now: now)
            } else if Self.isProgressing(old: old, new: status) {
                var transition = JSONValue.string(now.rfc3339)
                if let current, current["status"].string == "True" { transition = current["lastTransitionTime"] }
                DeploymentConditions.remove(&status, "Progressing")
                DeploymentConditions.set(
                    &status, type: "Progressing", status: "True", reason: "ReplicaSetUpdated",
                    message: "\(target) is progressing.", now: now)
                status["conditions"] = .array(
                    status["conditions"].array.map { condition in
                        var condition = condition
                        if condition["type"].string == "Progressing" { condition["lastTransitionTime"] = transition }
                        return condition
                    })
            } else if timedOut(sync, current: current) {
                DeploymentConditions.set(
                    &status, type: "Progressing", status: "False", reason: "ProgressDeadlineExceeded",
                    message: "\(target) has timed out progressing.", now: now)
            }
        }
        sync.status = status
        sync.progressDeadline = progressCheck(sync)
    }

    /// `DeploymentProgressing`: more updated, ready or available pods, or fewer old ones.
    private static func isProgressing(old: JSONValue, new: JSONValue) -> Bool {
        func n(_ s: JSONValue, _ key: String) -> Int { s[key].int ?? 0 }
        let oldOld = n(old, "replicas") - n(old, "updatedReplicas")
        let newOld = n(new, "replicas") - n(new, "updatedReplicas")
        return n(new, "updatedReplicas") > n(old, "updatedReplicas") || newOld < oldOld
            || n(new, "readyReplicas") > n(old, "readyReplicas")
            || n(new, "availableReplicas") > n(old, "availableReplicas")
    }

    /// `DeploymentTimedOut`: the Progressing condition was last updated longer ago than the deadline.
    private func timedOut(_ sync: DeploymentSync, current: JSONValue?) -> Bool {
        guard let deadline = sync.spec.progressDeadlineSeconds, let current else { return false }
        switch current["reason"].string {
        case "NewReplicaSetAvailable": return false
        case "ProgressDeadlineExceeded": return true
        default:
            guard let from = current["lastUpdateTime"].string.flatMap(Timestamp.init(rfc3339:)) else { return false }
            return from.adding(seconds: Int64(deadline)) < now
        }
    }

    /// When to look again for a rollout that is still progressing (a second past its deadline).
    private func progressCheck(_ sync: DeploymentSync) -> Timestamp? {
        guard let deadline = sync.spec.progressDeadlineSeconds, !sync.spec.paused,
            let condition = DeploymentConditions.get(sync.status, "Progressing"), condition["status"].string == "True",
            condition["reason"].string != "NewReplicaSetAvailable",
            let from = condition["lastUpdateTime"].string.flatMap(Timestamp.init(rfc3339:))
        else { return nil }
        let due = from.adding(seconds: Int64(deadline) + 1)
        return due > now ? due : now.adding(seconds: 1)
    }
}
