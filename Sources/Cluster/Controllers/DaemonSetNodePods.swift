import KubeAPI

/// `podsShouldBeOnNode`: what the daemon controller's manage loop does on one node, given where
/// the set's pods should run and the pods already there (terminating ones included).
struct DaemonSetNodePods {
    var create = false
    var delete: [KubeObject] = []

    init(
        _ spec: DaemonSetSpec, placement: (shouldRun: Bool, shouldContinueRunning: Bool), pods: [KubeObject]?,
        hash: String, isAvailable: (KubeObject) -> Bool, mayDeleteFailed: (KubeObject) -> Bool
    ) {
        if placement.shouldRun && pods == nil {
            create = true
        } else if placement.shouldContinueRunning {
            var running: [KubeObject] = []
            for pod in pods ?? [] where pod.deletionTimestamp == nil {
                switch pod[path: "status.phase"].string {
                case "Failed":
                    // Deleting a failed pod is rate-limited per node, since a kubelet that keeps
                    // rejecting pods would otherwise make the two fight in a hot loop.
                    if mayDeleteFailed(pod) { delete.append(pod) }
                case "Succeeded": delete.append(pod)
                default: running.append(pod)
                }
            }
            running.sort(by: KubeObject.daemonPodOrder)
            if !spec.allowsSurge {
                delete += running.dropFirst()
            } else if running.isEmpty {
                create = placement.shouldRun
            } else if running.count > 1 {
                keepSurged(running, hash: hash, isAvailable: isAvailable)
            }
        } else {
            delete = (pods ?? []).filter { $0.deletionTimestamp == nil }
        }
    }

    /// While surging, the oldest new pod and the oldest old pod may run side by side; the old
    /// one goes once it is not ready or the new one is available, and every other pod goes at once.
    private mutating func keepSurged(_ running: [KubeObject], hash: String, isAvailable: (KubeObject) -> Bool) {
        var oldestNew: KubeObject?
        var oldestOld: KubeObject?
        for pod in running {
            if pod.labels[DaemonSetRevisionLabels.hash] == hash {
                if oldestNew == nil {
                    oldestNew = pod
                    continue
                }
            } else if oldestOld == nil {
                oldestOld = pod
                continue
            }
            delete.append(pod)
        }
        if let oldestNew, let oldestOld, !oldestOld.isReady || isAvailable(oldestNew) { delete.append(oldestOld) }
    }
}
