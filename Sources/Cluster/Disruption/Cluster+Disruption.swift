import KubeAPI

/// The disruption controller of kube-controller-manager: each PodDisruptionBudget's status
/// (healthy, desired and expected pods, disruptions allowed, the DisruptionAllowed condition)
/// from the pods it selects and their controllers' scale, and the events each sync records.
extension Cluster {
    /// Syncs the budgets the controller's queue would hold: those written or whose pods changed
    /// since their last sync (`DisruptionSync`), and those whose recheck is due.
    func reconcileDisruptionBudgets() -> Bool {
        var changed = false
        var live = Set<String>()
        for budget in list(.podDisruptionBudgets) {
            live.insert(budget.uid)
            let pods = list(.pods, namespace: budget.namespace).filter { DisruptionBudget.selects(budget, $0) }
            let seen = DisruptionSync(budget: budget, pods: pods)
            let recheckDue = wakeups["disruption/\(budget.uid)"].map { $0 <= now } ?? false
            guard recheckDue || disruptionSyncs[budget.uid] != seen else { continue }
            disruptionSyncs[budget.uid] = seen
            changed = save(.podDisruptionBudgets, syncedBudget(budget, pods: pods)) || changed
        }
        disruptionSyncs = disruptionSyncs.filter { live.contains($0.key) }
        return changed
    }

    /// `trySync`, or `failSafe` when the expected count cannot be worked out.
    func syncedBudget(_ stored: KubeObject, pods: [KubeObject]) -> KubeObject {
        var budget = stored
        cancelWakeup(for: "disruption/\(budget.uid)")
        if budget.metadata["generation"].isNull { budget[path: "metadata.generation"] = 1 }
        if pods.isEmpty { record(DisruptionEvents.noPods, on: stored) }
        let disrupted = disruptedPods(budget, pods: pods)
        do throws(DisruptionBudget.SyncError) {
            let counts = try DisruptionBudget.expected(for: budget, pods: pods, scale: controllerScale)
            if !counts.unmanaged.isEmpty {
                record(DisruptionEvents.unmanagedPods(selector: budget[path: "spec.selector"]), on: stored, type: "Warning")
            }
            let healthy = pods.count { $0.deletionTimestamp == nil && $0.isReady && disrupted[$0.name] == nil }
            let result = DisruptionBudget(
                expectedPods: counts.expected, desiredHealthy: counts.desired, currentHealthy: healthy)
            let generation = budget.metadata["generation"]
            var status: JSONValue = ["observedGeneration": generation]
            if !disrupted.isEmpty { status["disruptedPods"] = .stringMap(disrupted) }
            status["disruptionsAllowed"] = .int(result.disruptionsAllowed)
            status["currentHealthy"] = .int(result.currentHealthy)
            status["desiredHealthy"] = .int(result.desiredHealthy)
            status["expectedPods"] = .int(result.expectedPods)
            let allowed = result.disruptionsAllowed > 0
            status["conditions"] = DisruptionCondition.set(
                in: stored[path: "status.conditions"], status: allowed ? "True" : "False",
                reason: allowed ? "SufficientPods" : "InsufficientPods", message: "", generation: generation, now: now)
            budget.value["status"] = status
        } catch {
            record(DisruptionEvents.expectedCountFailed(error.message), on: stored, type: "Warning")
            var status = budget.value["status"]
            if status.isNull { status = ["disruptionsAllowed": 0, "currentHealthy": 0, "desiredHealthy": 0, "expectedPods": 0] }
            status["disruptionsAllowed"] = 0
            status["conditions"] = DisruptionCondition.set(
                in: stored[path: "status.conditions"], status: "False", reason: "SyncFailed", message: error.message,
                generation: status["observedGeneration"], now: now)
            budget.value["status"] = status
        }
        return budget
    }

    private func record(_ event: (reason: String, message: String), on budget: KubeObject, type: String = "Normal") {
        recordEvent(budget, reason: event.reason, message: event.message, type: type, source: DisruptionEvents.source)
    }

    /// `buildDisruptedPodMap`: pods the apiserver evicted that are not yet being deleted,
    /// for two minutes after the eviction at most.
    private func disruptedPods(_ budget: KubeObject, pods: [KubeObject]) -> [String: String] {
        let recorded = budget[path: "status.disruptedPods"].stringMap
        var result: [String: String] = [:]
        for pod in pods where pod.deletionTimestamp == nil {
            guard let text = recorded[pod.name], let time = Timestamp(rfc3339: text) else { continue }
            let expectedDeletion = time.adding(seconds: Self.disruptionDeletionTimeout)
            if now <= expectedDeletion {
                result[pod.name] = text
                wake(at: expectedDeletion.adding(seconds: 1), for: "disruption/\(budget.uid)")
            }
        }
        return result
    }

    /// The controller and replicas a pod's budget counts it under, as the controller's finders
    /// look: ReplicaSets (or their Deployment), ReplicationControllers, StatefulSets; any other
    /// owner has no scale subresource here.
    private func controllerScale(_ pod: KubeObject) throws(DisruptionBudget.SyncError) -> (uid: String, replicas: Int)? {
        guard let reference = pod.controllerReference else { return nil }
        let namespace = pod.namespace
        func replicas(_ object: KubeObject) -> Int { object[path: "spec.replicas"].int ?? 1 }
        switch (reference.kind, reference.apiVersion) {
        case ("ReplicaSet", "apps/v1"):
            guard let set = lookup(.replicaSets, namespace, reference.name), set.uid == reference.uid else { return nil }
            if let owner = set.controllerReference, owner.kind == "Deployment", owner.apiVersion == "apps/v1" {
                guard let deployment = lookup(.deployments, namespace, owner.name), deployment.uid == owner.uid else { return nil }
                return (deployment.uid, replicas(deployment))
            }
            return (set.uid, replicas(set))
        case ("ReplicationController", "v1"):
            guard let controller = lookup(.replicationControllers, namespace, reference.name), controller.uid == reference.uid else { return nil }
            return (controller.uid, replicas(controller))
        case ("StatefulSet", "apps/v1"):
            guard let set = lookup(.statefulSets, namespace, reference.name), set.uid == reference.uid else { return nil }
            return (set.uid, replicas(set))
        default:
            let type = ResourceType.served.first { $0.kind == reference.kind && $0.apiVersion == reference.apiVersion }
            guard let type else { return nil }
            throw DisruptionBudget.SyncError(message: "\(type.qualifiedPlural) does not implement the scale subresource")
        }
    }

    /// How long an evicted pod counts as disrupted while it is not yet being deleted (`DeletionTimeout`).
    static let disruptionDeletionTimeout: Int64 = 120
}
