import KubeAPI

/// A Deployment's status: counts summed from its ReplicaSets' status, and the `Available` and
/// `Progressing` conditions with the reasons and messages Kubernetes 1.32 gives them.
enum DeploymentConditions {
    static func get(_ status: JSONValue, _ type: String) -> JSONValue? {
        status["conditions"].array.first { $0["type"].string == type }
    }

    /// `SetDeploymentCondition`: nothing changes when status and reason are the same; the
    /// transition time is kept while the status is; the condition moves to the end.
    static func set(
        _ status: inout JSONValue, type: String, status value: String, reason: String, message: String, now: Timestamp
    ) {
        let current = get(status, type)
        if let current, current["status"].string == value, current["reason"].string == reason { return }
        let time = JSONValue.string(now.rfc3339)
        var transition = time
        if let current, current["status"].string == value { transition = current["lastTransitionTime"] }
        let condition: JSONValue = [
            "lastTransitionTime": transition, "lastUpdateTime": time, "message": .string(message),
            "reason": .string(reason),
            "status": .string(value), "type": .string(type),
        ]
        status["conditions"] = .array(status["conditions"].array.filter { $0["type"].string != type } + [condition])
    }

    static func remove(_ status: inout JSONValue, _ type: String) {
        let kept = status["conditions"].array.filter { $0["type"].string != type }
        status["conditions"] = kept.isEmpty ? .null : .array(kept)
    }

    /// `DeploymentComplete`: every replica updated and available, and the spec observed.
    static func isComplete(_ deployment: KubeObject, status: JSONValue) -> Bool {
        let replicas = DeploymentSpec(deployment).replicas
        return (status["updatedReplicas"].int ?? 0) == replicas && (status["replicas"].int ?? 0) == replicas
            && (status["availableReplicas"].int ?? 0) == replicas
            && (status["observedGeneration"].int ?? 0) >= (deployment.metadata["generation"].int ?? 1)
    }

    /// `calculateStatus`: the counts, and `Available` by whether enough pods are available.
    static func calculateStatus(_ sync: inout DeploymentSync) {
        let spec = sync.spec
        let all = sync.all
        let available = DeploymentSync.availableReplicas(all)
        var status = sync.status.isNull ? JSONValue.emptyObject : sync.status
        let counts: [(String, Int)] = [
            ("availableReplicas", available), ("observedGeneration", sync.deployment.metadata["generation"].int ?? 1),
            ("readyReplicas", DeploymentSync.readyReplicas(all)), ("replicas", DeploymentSync.actualReplicas(all)),
            ("unavailableReplicas", max(0, DeploymentSync.specReplicas(all) - available)),
            ("updatedReplicas", sync.newRS.map { DeploymentSync.actualReplicas([$0]) } ?? 0),
        ]
        for (key, value) in counts { status[key] = value == 0 ? .null : .int(value) }
        if available >= spec.replicas - spec.maxUnavailable {
            set(
                &status, type: "Available", status: "True", reason: "MinimumReplicasAvailable",
                message: "Deployment has minimum availability.", now: sync.now)
        } else {
            set(
                &status, type: "Available", status: "False", reason: "MinimumReplicasUnavailable",
                message: "Deployment does not have minimum availability.", now: sync.now)
        }
        // `getReplicaFailures`: the new ReplicaSet's failure first, else an old one's.
        let failing = ([sync.newRS].compactMap { $0 } + sync.oldRSs).lazy.compactMap {
            $0[path: "status.conditions"].array.first { $0["type"] == "ReplicaFailure" }
        }.first
        if let failing {
            let current = get(status, "ReplicaFailure")
            if current?["status"] != failing["status"] || current?["reason"] != failing["reason"] {
                let condition: JSONValue = [
                    "lastTransitionTime": failing["lastTransitionTime"], "lastUpdateTime": failing["lastTransitionTime"],
                    "message": failing["message"], "reason": failing["reason"], "status": failing["status"],
                    "type": "ReplicaFailure",
                ]
                status["conditions"] = .array(status["conditions"].array.filter { $0["type"] != "ReplicaFailure" } + [condition])
            }
        } else {
            remove(&status, "ReplicaFailure")
        }
        sync.status = orderedStatus(status)
    }

    /// Status keys in the order the API returns them.
    private static func orderedStatus(_ status: JSONValue) -> JSONValue {
        var ordered = JSONValue.emptyObject
        for key in [
            "availableReplicas", "collisionCount", "conditions", "observedGeneration", "readyReplicas", "replicas",
            "unavailableReplicas", "updatedReplicas",
        ] where !status[key].isNull {
            ordered[key] = status[key]
        }
        return ordered
    }

    /// `checkPausedConditions`: an Unknown Progressing condition while paused, and on resume.
    static func checkPaused(_ sync: inout DeploymentSync) {
        guard sync.spec.progressDeadlineSeconds != nil else { return }
        let reason = get(sync.status, "Progressing")?["reason"].string
        if reason == "ProgressDeadlineExceeded" { return }
        if sync.spec.paused && reason != "DeploymentPaused" {
            set(
                &sync.status, type: "Progressing", status: "Unknown", reason: "DeploymentPaused",
                message: "Deployment is paused", now: sync.now)
        } else if !sync.spec.paused && reason == "DeploymentPaused" {
            set(
                &sync.status, type: "Progressing", status: "Unknown", reason: "DeploymentResumed",
                message: "Deployment is resumed", now: sync.now)
        }
    }
}

extension DeploymentSync {
    mutating func checkPausedConditions() { DeploymentConditions.checkPaused(&self) }
}
