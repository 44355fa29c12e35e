import KubeAPI

/// The horizontal pod autoscaler controller (`kube-controller-manager`'s `horizontalpodautoscaling`):
/// every 15 seconds each autoscaler reads its target's scale and its pods' metrics, proposes a
/// replica count, stabilizes and bounds it, rescales the target, and reports all of it in its
/// status, conditions and events.
extension Cluster {
    /// How often each autoscaler is synced (`--horizontal-pod-autoscaler-sync-period`).
    static let autoscalerSyncSeconds: Int64 = 15

    func reconcileAutoscalers() -> Bool {
        var changed = false
        var live = Set<String>()
        for hpa in list(.horizontalPodAutoscalers) {
            live.insert(hpa.uid)
            let key = "hpa/\(hpa.uid)"
            // A new autoscaler waits one sync period in the controller's queue before its first sync.
            guard let due = wakeups[key] else {
                wake(at: now.adding(seconds: Self.autoscalerSyncSeconds), for: key)
                continue
            }
            guard due <= now else { continue }
            changed = syncAutoscaler(hpa) || changed
            wake(at: now.adding(seconds: Self.autoscalerSyncSeconds), for: key)
        }
        for key in wakeups.keys(withPrefix: "hpa/") where !live.contains(String(key.dropFirst(4))) {
            wakeups[key] = nil
        }
        for uid in autoscalerHistories.keys where !live.contains(uid) { autoscalerHistories[uid] = nil }
        return changed
    }

    /// One sync of one autoscaler (`reconcileAutoscaler`); reports whether it wrote anything.
    private func syncAutoscaler(_ hpa: KubeObject) -> Bool {
        let before = store.revision
        var sync = AutoscalerSync(hpa: hpa)
        let source = EventSource(component: "horizontal-pod-autoscaler")
        let reference = hpa[path: "spec.scaleTargetRef"]
        let target: (type: ResourceType, object: KubeObject)
        switch scaleTarget(reference, namespace: hpa.namespace) {
        case .failure(let error):
            recordEvent(hpa, reason: "FailedGetScale", message: error.message, type: "Warning", source: source)
            sync.setCondition(
                "AbleToScale", false, "FailedGetScale",
                "the HPA controller was unable to get the target's current scale: \(error.message)", now: now)
            save(.horizontalPodAutoscalers, sync.hpa)
            return store.revision != before
        case .success(let found):
            target = found
        }
        sync.setCondition(
            "AbleToScale", true, "SucceededGetScale", "the HPA controller was able to get the target's current scale",
            now: now)
        let current = target.object[path: "spec.replicas"].int ?? 1
        var history = autoscalerHistories[hpa.uid] ?? AutoscalerHistory()
        if history.recommendations.isEmpty { history.recommendations = [.init(replicas: current, time: now)] }
        defer { autoscalerHistories[hpa.uid] = history }

        let minReplicas = hpa[path: "spec.minReplicas"].int ?? 1
        let maxReplicas = hpa[path: "spec.maxReplicas"].int ?? 0
        var desired = 0
        var reason = ""
        var rescale = true
        var statuses: JSONValue = .null
        if current == 0 && minReplicas != 0 {
            desired = 0
            rescale = false
            sync.setCondition(
                "ScalingActive", false, "ScalingDisabled",
                "scaling is disabled since the replica count of the target is zero",
                now: now)
        } else if current > maxReplicas {
            reason = "Current number of replicas above Spec.MaxReplicas"
            desired = maxReplicas
        } else if current < minReplicas {
            reason = "Current number of replicas below Spec.MinReplicas"
            desired = minReplicas
        } else {
            let proposal = proposeReplicas(&sync, target: target.object, current: current, source: source)
            statuses = .array(proposal.statuses)
            guard let replicas = proposal.replicas else {
                sync.setStatus(
                    current: current, desired: sync.hpa[path: "status.desiredReplicas"].int ?? 0, metrics: statuses)
                save(.horizontalPodAutoscalers, sync.hpa)
                if let error = proposal.error {
                    recordEvent(
                        hpa, reason: "FailedComputeMetricsReplicas", message: error, type: "Warning", source: source)
                }
                return store.revision != before
            }
            desired = replicas
            if desired > current { reason = "\(proposal.metric) above target" }
            if desired < current { reason = "All metrics below target" }
            let outcome: ReplicaNormalizer.Outcome
            let behavior = hpa[path: "spec.behavior"]
            if behavior.isNull {
                outcome = ReplicaNormalizer.normalize(
                    &history, current: current, proposed: desired, min: minReplicas, max: maxReplicas, now: now)
            } else {
                outcome = ReplicaNormalizer.normalize(
                    &history, behavior: AutoscalerBehavior(behavior), current: current, proposed: desired,
                    min: minReplicas, max: maxReplicas, now: now)
            }
            sync.setCondition("AbleToScale", true, outcome.ableToScale.reason, outcome.ableToScale.message, now: now)
            sync.setCondition(
                "ScalingLimited", outcome.limited.status, outcome.limited.reason, outcome.limited.message, now: now)
            desired = outcome.replicas
            rescale = desired != current
        }
        if rescale {
            var scaled = target.object
            scaled[path: "spec.replicas"] = .int(desired)
            scaled[path: "metadata.generation"] = .int((target.object.metadata["generation"].int ?? 1) + 1)
            save(target.type, scaled)
            sync.setCondition(
                "AbleToScale", true, "SucceededRescale",
                "the HPA controller was able to update the target scale to \(desired)",
                now: now)
            recordEvent(
                hpa, reason: "SuccessfulRescale", message: "New size: \(desired); reason: \(reason)", source: source)
            let behavior = hpa[path: "spec.behavior"]
            if !behavior.isNull {
                history.recordRescale(from: current, to: desired, at: now, behavior: AutoscalerBehavior(behavior))
            }
            sync.hpa[path: "status.lastScaleTime"] = .string(now.rfc3339)
        } else {
            desired = current
        }
        sync.setStatus(current: current, desired: desired, metrics: statuses)
        save(.horizontalPodAutoscalers, sync.hpa)
        return store.revision != before
    }

    /// The target's scale subresource: the object, if its kind can scale and it exists.
    private func scaleTarget(_ reference: JSONValue, namespace: String?) -> Result<
        (type: ResourceType, object: KubeObject), CalculationError
    > {
        let kind = reference["kind"].string ?? ""
        let apiVersion = reference["apiVersion"].string ?? ""
        let group = apiVersion.contains("/") ? String(apiVersion.split(separator: "/")[0]) : ""
        let scalable: [ResourceType] = [.deployments, .replicaSets, .statefulSets, .replicationControllers]
        guard let type = scalable.first(where: { $0.kind == kind && $0.group == group }) else {
            return .failure(CalculationError("no matches for kind \"\(kind)\" in group \"\(group)\""))
        }
        let name = reference["name"].string ?? ""
        guard let object = lookup(type, namespace, name) else {
            return .failure(CalculationError("\(type.qualifiedPlural) \"\(name)\" not found"))
        }
        return .success((type, object))
    }
}
