import KubeAPI

/// `updateDaemonSetStatus`: counts over the nodes that should run a pod (the oldest pod on each
/// decides whether the node is ready, available and up to date) and those that should not.
extension Cluster {
    func updateDaemonSetStatus(
        _ spec: DaemonSetSpec, nodes: [KubeObject],
        placements: DaemonSetSpec.Placements,
        pods: [String: [KubeObject]], hash: String
    ) {
        var desired = 0
        var current = 0
        var misscheduled = 0
        var ready = 0
        var updatedCount = 0
        var available = 0
        for node in nodes {
            let here = (pods[node.name] ?? []).sorted(by: KubeObject.daemonPodOrder)
            guard placements[node.name]?.shouldRun == true else {
                if !here.isEmpty { misscheduled += 1 }
                continue
            }
            desired += 1
            guard let pod = here.first else { continue }
            current += 1
            if pod.isReady {
                ready += 1
                if isAvailable(pod, minReadySeconds: spec.minReadySeconds) { available += 1 }
            }
            if spec.isUpdated(pod, hash: hash) { updatedCount += 1 }
        }
        var ds = spec.object
        var status = ds.value["status"].isNull ? JSONValue.emptyObject : ds.value["status"]
        for (key, value) in [
            ("currentNumberScheduled", current), ("desiredNumberScheduled", desired), ("numberAvailable", available),
            ("numberMisscheduled", misscheduled), ("numberReady", ready), ("updatedNumberScheduled", updatedCount),
        ] {
            status[key] = .int(value)
        }
        status["numberUnavailable"] = desired - available == 0 ? .null : .int(desired - available)
        status["observedGeneration"] = .int(spec.generation)
        ds.value["status"] = status.sortedKeys
        save(.daemonSets, ds)
        wakeWhenAvailable(spec, pods: pods.values.flatMap { $0 })
    }

    /// Asks for a sync when the next ready pod has been ready for `minReadySeconds` (the real
    /// controller requeues the set after that wait).
    private func wakeWhenAvailable(_ spec: DaemonSetSpec, pods: [KubeObject]) {
        let key = "daemonset-available/\(spec.object.namespace ?? "")/\(spec.object.name)"
        let next = pods.filter { $0.isReady && !isAvailable($0, minReadySeconds: spec.minReadySeconds) }
            .compactMap { $0.readySince?.adding(seconds: Int64(spec.minReadySeconds)) }.min()
        if let next { wake(at: next, for: key) } else { cancelWakeup(for: key) }
    }
}
