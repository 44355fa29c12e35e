import KubeAPI

/// The pod garbage collector's part for deleted nodes (`podgc.gcOrphaned`): it runs every 20 s,
/// and each run puts the node of a pod bound to a node that does not exist in quarantine for
/// 40 s. A node still missing when its quarantine ends has its pods marked `Failed` with a
/// `DisruptionTarget` condition (`DeletionByPodGC`) and deleted with no grace period. The
/// quarantine lives in the controller manager's memory: a restart forgets it.
extension Cluster {
    /// One look at the pods of missing nodes; reports whether anything was written.
    func collectOrphanedPods() -> Bool {
        guard !restoring else { return false }
        let changes = takeChanges(for: .nodes)
        var changed = false
        for (node, due) in podGCQuarantines where due <= now {
            podGCQuarantines[node] = nil
            cancelWakeup(for: Self.podGCQuarantinePrefix + node)
            guard lookup(.nodes, nil, node) == nil else { continue }
            for pod in list(.pods) where pod.nodeName == node && !Self.isForceDeleted(pod) {
                forceDeleteOrphan(pod)
                changed = true
            }
        }
        if let changes, !mayOrphanPods(changes) { return changed }
        let nodes = Set(list(.nodes).map(\.name))
        for pod in list(.pods) {
            guard let node = pod.nodeName, !nodes.contains(node), !Self.isForceDeleted(pod) else { continue }
            if podGCQuarantines[node] == nil { restartPodGCQuarantine(of: node) }
        }
        return changed
    }

    /// `markFailedAndDeletePodWithCondition`: a pod not yet finished turns `Failed` with the
    /// collector's condition, then it is deleted with a grace period of 0 (finalizers keep it, marked).
    private func forceDeleteOrphan(_ pod: KubeObject) {
        var marked = pod
        if !pod.isFinished {
            marked[path: "status.phase"] = "Failed"
            marked = marked.withDisruptionTarget(reason: "DeletionByPodGC", message: "PodGC: node no longer exists", at: now)
            save(.pods, marked)
        }
        guard marked.finalizerNames.isEmpty else {
            save(.pods, Self.markedAsDeleting(marked, now: now))
            return
        }
        store.remove(.pods, namespace: pod.namespace, name: pod.name)
        releaseResources(of: pod)
    }

    /// Whether the collector has the pod of a missing node in hand: the node is in quarantine, or
    /// the pod was deleted and waits for its finalizers.
    func isAwaitingPodGC(_ pod: KubeObject, node: String) -> Bool {
        podGCQuarantines[node] != nil || Self.isForceDeleted(pod)
    }

    /// A new controller manager's collector finds the missing nodes again and starts their quarantine afresh.
    func restartPodGCQuarantine(of node: String) {
        let end = Self.nextPodGCRun(after: now).adding(seconds: Self.podGCQuarantineSeconds)
        podGCQuarantines[node] = end
        wake(at: end, for: Self.podGCQuarantinePrefix + node)
    }

    /// Whether some change can leave a pod on a node that does not exist: a node went, or a pod
    /// was written bound to an unknown node. Each node is looked up once.
    private func mayOrphanPods(_ changes: [ChangeJournal.Change]) -> Bool {
        var knownNodes = Set<String>()
        for change in changes {
            if change.type == .nodes {
                if change.removed { return true }
                continue
            }
            guard change.type == .pods, !change.removed,
                let pod = lookup(.pods, change.key.namespace, change.key.name), let node = pod.nodeName,
                !knownNodes.contains(node)
            else { continue }
            if lookup(.nodes, nil, node) == nil { return true }
            knownNodes.insert(node)
        }
        return false
    }

    /// Deleted with no grace period already, and held only by finalizers: nothing more to do.
    private static func isForceDeleted(_ pod: KubeObject) -> Bool {
        pod.deletionTimestamp != nil && pod.metadata["deletionGracePeriodSeconds"].int == 0
    }

    /// The collector's next run at or after `time`: its runs fall every 20 s (`gcCheckPeriod`).
    static func nextPodGCRun(after time: Timestamp) -> Timestamp {
        let period = podGCPeriodSeconds * 1000
        let next = (time.milliseconds + period - 1) / period * period  // the clock is past 1970
        return Timestamp(milliseconds: next)
    }

    static let podGCPeriodSeconds: Int64 = 20
    /// `quarantineTime`: how long a node must stay missing before its pods are deleted.
    static let podGCQuarantineSeconds: Int64 = 40
    static let podGCQuarantinePrefix = "pod-gc/quarantine/"
}
