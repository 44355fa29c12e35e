import KubeAPI

/// The DaemonSet controller (`syncDaemonSet`): it claims the revisions and pods its selector
/// matches (`Cluster+ControllerRefs.swift`), keeps its history as ControllerRevisions, one pod on
/// every node the template may run on (`DaemonSetPlacement`), each new pod pinned to its node by
/// node affinity for the scheduler to bind, then the rolling update and the status;
/// `SuccessfulCreate` and `SuccessfulDelete` events as `daemonset-controller`.
extension Cluster {
    func reconcileDaemonSets() -> Bool {
        let before = store.revision
        let sets = list(.daemonSets)
        // `controlledHistories` and `getDaemonPods`: revisions and pods the selector matches.
        claim(.controllerRevisions, for: sets, of: .daemonSets)
        claim(.pods, for: sets, of: .daemonSets)
        let queued = daemonSetsToSync()
        let due = sets.filter { $0.deletionTimestamp == nil && queued?.contains($0.uid) ?? true }
        // The nodes are listed only for a set to sync: a pass that has none costs no node walk.
        let nodes = due.isEmpty ? [] : list(.nodes)
        for ds in due {
            syncDaemonSet(DaemonSetSpec(object: ds), nodes: nodes)
        }
        return store.revision != before
    }

    /// The DaemonSets with something new to see: those written, those whose pods or revisions
    /// changed, and those with a wake-up due; nil (every DaemonSet) when the changes are not
    /// known, a node changed or an orphan revision did.
    private func daemonSetsToSync() -> Set<String>? {
        guard let changes = takeChanges(for: .daemonSets) else { return nil }
        var queued = Set<String>()
        for change in changes {
            switch change.type {
            case .nodes: return nil
            case .daemonSets:
                if let ds = lookup(.daemonSets, change.key.namespace, change.key.name) { queued.insert(ds.uid) }
            case .controllerRevisions:
                guard let owner = change.controller else { return nil }
                queued.insert(owner)
            case .pods:
                if let owner = change.controller { queued.insert(owner) }
            default: continue
            }
        }
        for prefix in Self.daemonSetWakeupPrefixes {
            for (key, _) in wakeups.due(at: now, prefix: prefix) {
                let path = key.split(separator: "/").dropFirst()
                if path.count == 2, let ds = lookup(.daemonSets, String(path.first!), String(path.last!)) { queued.insert(ds.uid) }
            }
        }
        return queued
    }

    private static let daemonSetWakeupPrefixes = ["daemonset-available/", "daemonset-backoff/", "daemonset-throttled/"]

    private func syncDaemonSet(_ spec: DaemonSetSpec, nodes: [KubeObject]) {
        let (current, old) = daemonSetHistory(spec)
        let hash = current.labels[DaemonSetRevisionLabels.hash] ?? ""
        guard let spec = lookup(.daemonSets, spec.object.namespace, spec.object.name).map(DaemonSetSpec.init) else {
            return
        }
        let placements = Dictionary(
            uniqueKeysWithValues: nodes.map {
                ($0.name, DaemonSetPlacement.check(spec.object[path: "spec.template.spec"], on: $0))
            })
        let settled = manageDaemonPods(spec, nodes: nodes, placements: placements, hash: hash)
        var byNode = daemonPodsByNode(spec)
        if settled, spec.isRollingUpdate {
            for node in nodes where placements[node.name]?.shouldRun == true && byNode[node.name] == nil {
                byNode[node.name] = []
            }
            let desired = nodes.filter { placements[$0.name]?.shouldRun == true }.count
            let update = DaemonSetRollingUpdate(spec, pods: byNode, desired: desired, hash: hash) {
                self.isAvailable($0, minReadySeconds: spec.minReadySeconds)
            }
            for pod in update.delete { deleteDaemonPod(pod, of: spec.object) }
            for node in update.createOn where mayCreateDaemonPod(spec, backlog: update.createOn.count) {
                createDaemonPod(from: spec, on: node, hash: hash)
            }
        }
        let pods = daemonPodsByNode(spec)
        cleanUpDaemonSetHistory(spec, old: old, pods: pods.values.flatMap { $0 })
        updateDaemonSetStatus(spec, nodes: nodes, placements: placements, pods: pods, hash: hash)
    }

    /// `manage`: creates and deletes pods node by node; true when nothing needed doing (the
    /// real controller's expectations are then satisfied and the rolling update may go on).
    private func manageDaemonPods(
        _ spec: DaemonSetSpec, nodes: [KubeObject],
        placements: DaemonSetSpec.Placements, hash: String
    ) -> Bool {
        let byNode = daemonPodsByNode(spec)
        var settled = true
        takeDueWakeup(Self.daemonSetThrottleKey(spec.object))
        for node in nodes {
            guard let placement = placements[node.name] else { continue }
            let plan = DaemonSetNodePods(
                spec, placement: placement, pods: byNode[node.name], hash: hash,
                isAvailable: { self.isAvailable($0, minReadySeconds: spec.minReadySeconds) },
                mayDeleteFailed: { self.mayDeleteFailedDaemonPod($0, of: spec.object, on: node.name) })
            for pod in plan.delete { deleteDaemonPod(pod, of: spec.object) }
            if plan.create, mayCreateDaemonPod(spec, backlog: nodes.count - byNode.count) {
                createDaemonPod(from: spec, on: node.name, hash: hash)
            }
            settled = settled && plan.delete.isEmpty && !plan.create
        }
        return settled
    }

    /// `getNodesToDaemonPods`: the set's pods by the node they are for, leaving out those both
    /// finished and being deleted.
    func daemonPodsByNode(_ spec: DaemonSetSpec) -> [String: [KubeObject]] {
        let owned = list(.pods, namespace: spec.object.namespace ?? "default").filter {
            $0.controllerUID == spec.object.uid && !($0.isFinished && $0.deletionTimestamp != nil)
        }
        var result: [String: [KubeObject]] = [:]
        for pod in owned {
            guard let node = DaemonSetPlacement.targetNode(of: pod) else { continue }
            result[node, default: []].append(pod)
        }
        return result
    }

    /// Whether the controller's client may send one more create now (else the set waits for it).
    private func mayCreateDaemonPod(_ spec: DaemonSetSpec, backlog: Int) -> Bool {
        requestsAllowed(
            1, client: Self.daemonSetController.component, resumeUnder: Self.daemonSetThrottleKey(spec.object),
            backlog: max(backlog, 1)) == 1
    }

    private static func daemonSetThrottleKey(_ ds: KubeObject) -> String {
        "daemonset-throttled/\(ds.namespace ?? "")/\(ds.name)"
    }
    static let daemonSetController = EventSource(component: "daemonset-controller")

    /// `CreatePodTemplate`: the template with the daemon tolerations, the template generation and
    /// revision hash labels, pinned to `node`.
    private func createDaemonPod(from spec: DaemonSetSpec, on node: String, hash: String) {
        let ds = spec.object
        var pod = KubeObject.pod(fromTemplate: ds[path: "spec.template"], owner: ds)
        var labels = pod.labels
        if let generation = spec.templateGeneration { labels[DaemonSetRevisionLabels.generation] = generation }
        if !hash.isEmpty { labels[DaemonSetRevisionLabels.hash] = hash }
        pod[path: "metadata.labels"] = .stringMap(labels)
        pod[path: "spec.affinity"] = DaemonSetPlacement.pinnedAffinity(pod[path: "spec.affinity"], to: node)
        pod[path: "spec.tolerations"] = .array(DaemonSetPlacement.tolerations(for: pod.value["spec"]))
        guard let created = createOwned(pod, as: .pods) else { return }
        recordEvent(
            ds, reason: "SuccessfulCreate", message: "Created pod: \(created.name)",
            source: Self.daemonSetController)
    }

    /// Whether a failed pod may go now: not while its node's back-off runs (the set syncs again
    /// when it ends); going, it is reported as a `FailedDaemonPod` warning and the back-off doubles.
    private func mayDeleteFailedDaemonPod(_ pod: KubeObject, of ds: KubeObject, on node: String) -> Bool {
        let key = FailedPodsBackoff.key(ds, node: node)
        if failedDaemonPodsBackoff.isInBackOff(key, now: now) {
            let delay = failedDaemonPodsBackoff.delay(key)
            wake(at: now.adding(milliseconds: delay), for: "daemonset-backoff/\(ds.namespace ?? "")/\(ds.name)")
            return false
        }
        failedDaemonPodsBackoff.next(key, now: now)
        recordEvent(
            ds, reason: "FailedDaemonPod",
            message: "Found failed daemon pod \(pod.namespace ?? "")/\(pod.name) on node \(node), will try to kill it",
            type: "Warning", source: Self.daemonSetController)
        return true
    }

    private func deleteDaemonPod(_ pod: KubeObject, of ds: KubeObject) {
        deletePod(pod)
        recordEvent(
            ds, reason: "SuccessfulDelete", message: "Deleted pod: \(pod.name)",
            source: Self.daemonSetController)
    }

    /// `IsPodAvailable`: ready, and for at least `minReadySeconds`.
    func isAvailable(_ pod: KubeObject, minReadySeconds: Int) -> Bool {
        guard pod.isReady else { return false }
        guard minReadySeconds > 0 else { return true }
        return (pod.readySince ?? now).adding(seconds: Int64(minReadySeconds)) <= now
    }
}
