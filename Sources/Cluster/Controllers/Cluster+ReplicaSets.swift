import KubeAPI

/// The ReplicaSet controller: claims the active pods its selector matches
/// (`Cluster+ControllerRefs.swift`) and keeps `spec.replicas` of them for each ReplicaSet; the
/// replication controller does the same for ReplicationControllers (`ReplicaKind`).
extension Cluster {
    func reconcileReplicaSets() -> Bool { reconcileReplicas(.replicaSets) }

    func reconcileReplicationControllers() -> Bool { reconcileReplicas(.replicationControllers) }

    private func reconcileReplicas(_ kind: ReplicaKind) -> Bool {
        let replicaSets = list(kind.type)
        // With none of the kind there is nothing to claim, release or sync (a lab without RCs).
        if replicaSets.isEmpty {
            skipChanges(for: kind.loop)
            return false
        }
        // `FilterActivePods`: finished and terminating pods are neither adopted nor released. Checked
        // on the few claims rather than on every candidate, which gives the same claims.
        let claims = controllerRefChanges(for: replicaSets, among: podsToClaim(kind), selector: kind.selector).filter {
            $0.object.deletionTimestamp == nil && !$0.object.isFinished
        }
        apply(claims, to: .pods)
        var changed = !claims.isEmpty
        let queued = replicaSetsToSync(kind).map { $0.union(claims.map(\.owner.uid)).union(replicaSetsDueForRetry(kind)) }
        for rs in replicaSets where queued?.contains(rs.uid) ?? true {
            takeDueWakeup(throttleKey(rs, kind))
            takeDueWakeup(availabilityKey(rs, kind))
            let active = store.podTally(controlledBy: rs.uid).active
            let desired = rs[path: "spec.replicas"].int ?? 1
            if rs.deletionTimestamp != nil {
                // `syncReplicaSet` manages no replicas of a ReplicaSet being deleted, only its status.
                changed = updateStatus(of: rs, kind) || changed
            } else if active < desired {
                // Slow start: once a create is refused, the rest of the batch is skipped this sync,
                // and the status still reports the pods there are.
                var refused = false
                let allowed = requestsAllowed(
                    desired - active, client: kind.source.component, resumeUnder: throttleKey(rs, kind))
                // Every pod of the batch starts as the same copy of the template.
                let pod = KubeObject.pod(fromTemplate: rs[path: "spec.template"], owner: rs)
                for _ in 0..<allowed {
                    guard let error = createReplicaSetPod(pod, from: rs, kind) else {
                        changed = true
                        continue
                    }
                    changed = updateStatus(of: rs, kind, failure: error) || changed
                    requeueRateLimited(rs, kind)
                    refused = true
                    break
                }
                if !refused { forgetBackoff(rs, kind) }
                // Held back by the client: the status reports the pods there are.
                if allowed < desired - active { changed = updateStatus(of: rs, kind) || changed }
            } else if active > desired {
                let allowed = requestsAllowed(
                    active - desired, client: kind.source.component, resumeUnder: throttleKey(rs, kind))
                let doomed = activePods(of: rs).sorted(by: Self.deletionOrder).prefix(allowed)
                for pod in doomed { deleteReplicaSetPod(pod, of: rs, kind) }
                changed = true
                if allowed < active - desired { _ = updateStatus(of: rs, kind) }
            } else {
                changed = updateStatus(of: rs, kind) || changed
            }
        }
        return changed
    }

    /// The pods whose claims may have changed since the controller last ran: those written, and
    /// every pod in the namespace of a ReplicaSet whose selector is new to the controller (or that
    /// began to be deleted); every pod when the changes are not known. In store order.
    private func podsToClaim(_ kind: ReplicaKind) -> [KubeObject] {
        guard let changes = peekChanges(for: kind.loop) else {
            claimedSelectors = [:]
            for rs in list(kind.type) { _ = claimSelectorChanged(rs, kind) }
            return list(.pods)
        }
        var keys = Set<ObjectStore.Key>()
        var namespaces = Set<String>()
        for change in changes {
            if change.type == kind.type, change.removed { claimedSelectors[change.uid] = nil }
            guard !change.removed else { continue }
            if change.type == .pods { keys.insert(change.key) }
            if change.type == kind.type, let rs = lookup(kind.type, change.key.namespace, change.key.name),
                claimSelectorChanged(rs, kind)
            {
                namespaces.insert(change.key.namespace)
            }
        }
        let written = store.list(.pods, at: namespaces.isEmpty ? keys : keys.filter { !namespaces.contains($0.namespace) })
        // The written pods come in key order, which is store order: only a merge with whole namespaces needs a sort.
        if namespaces.isEmpty { return written }
        let whole = namespaces.sorted().flatMap { list(.pods, namespace: $0) }
        return (written + whole).sorted { ($0.namespace ?? "", $0.name) < ($1.namespace ?? "", $1.name) }
    }

    /// Notes the selector `rs` claims pods by (none while it is being deleted); reports whether it
    /// differs from the one noted last.
    private func claimSelectorChanged(_ rs: KubeObject, _ kind: ReplicaKind) -> Bool {
        let selector = rs.deletionTimestamp == nil ? kind.selector(of: rs) : .null
        if let noted = claimedSelectors[rs.uid], noted == selector { return false }
        claimedSelectors[rs.uid] = selector
        return true
    }

    /// The ReplicaSets with something new to see: those written and those whose pods were;
    /// nil (every ReplicaSet) when the changes are not known.
    private func replicaSetsToSync(_ kind: ReplicaKind) -> Set<String>? {
        guard let changes = takeChanges(for: kind.loop) else { return nil }
        var queued = Set<String>()
        for change in changes {
            if change.type == kind.type, let rs = lookup(kind.type, change.key.namespace, change.key.name) {
                queued.insert(rs.uid)
            } else if change.type == .pods, let owner = change.controller {
                queued.insert(owner)
            }
        }
        return queued
    }

    /// The set's pods that are neither terminating nor finished, as the store holds them now.
    private func activePods(of rs: KubeObject) -> [KubeObject] {
        store.list(.pods, controlledBy: rs.uid).filter { $0.deletionTimestamp == nil && !$0.isFinished }
    }

    private func throttleKey(_ rs: KubeObject, _ kind: ReplicaKind) -> String {
        "\(kind.throttleKey)/\(rs.namespace ?? "")/\(rs.name)"
    }

    private func availabilityKey(_ rs: KubeObject, _ kind: ReplicaKind) -> String {
        "\(kind.availabilityKey)/\(rs.namespace ?? "")/\(rs.name)"
    }

    /// Pods by the UID of the object that controls it, read from the store as each is asked for.
    func podsByControllerUID() -> PodsByController {
        PodsByController { [unowned self] uid in self.store.list(.pods, controlledBy: uid) }
    }

    /// Pods least worth keeping first: unscheduled, then not ready, then newest.
    static func deletionOrder(_ a: KubeObject, _ b: KubeObject) -> Bool {
        let rank = { (p: KubeObject) in (p.nodeName == nil ? 0 : 1, p.isReady ? 1 : 0) }
        if rank(a) != rank(b) { return rank(a) < rank(b) }
        return (a.creationTimestamp ?? now0) > (b.creationTimestamp ?? now0)
    }
    private static let now0 = Timestamp(milliseconds: 0)

    /// Records the counts of the set's pods that are neither terminating nor finished
    /// (`calculateStatus`), and a `ReplicaFailure` condition while creates are refused (set once
    /// with the first refusal's message, dropped by the first sync without one). While every pod
    /// is ready but some not yet for `minReadySeconds`, the set is synced again after that long.
    private func updateStatus(of rs: KubeObject, _ kind: ReplicaKind, failure: APIError? = nil) -> Bool {
        let tally = store.podTally(controlledBy: rs.uid)
        let minReadySeconds = rs[path: "spec.minReadySeconds"].int ?? 0
        let available = tally.available(minReadySeconds: minReadySeconds, now: now)
        let generation = JSONValue.int(rs.metadata["generation"].int ?? 1)
        var updated = rs
        var status: JSONValue = ["observedGeneration": generation, "replicas": .int(tally.active)]
        // The v1 type leaves out these counts when they are zero (`omitempty`).
        for (field, count) in [
            ("availableReplicas", available), ("fullyLabeledReplicas", tally.active), ("readyReplicas", tally.ready),
        ] where count > 0 {
            status[field] = .int(count)
        }
        let desired = rs[path: "spec.replicas"].int ?? 1
        if minReadySeconds > 0 && tally.ready == desired && available != desired {
            // A work queue's `AddAfter`: a sync already waiting for an earlier time keeps it.
            let key = availabilityKey(rs, kind)
            let resync = now.adding(seconds: Int64(minReadySeconds))
            let waitingSooner = wakeups[key].map { $0 > now && $0 <= resync } ?? false
            if !waitingSooner { wake(at: resync, for: key) }
        }
        if let failure {
            let condition = rs[path: "status.conditions"].array.first { $0["type"] == "ReplicaFailure" }
            status["conditions"] = [
                condition ?? [
                    "lastTransitionTime": .string(now.rfc3339), "message": .string(failure.message),
                    "reason": "FailedCreate", "status": "True", "type": "ReplicaFailure",
                ]
            ]
        }
        updated.value["status"] = status
        if updated.metadata["generation"].isNull { updated[path: "metadata.generation"] = 1 }
        return save(kind.type, updated)
    }
}
