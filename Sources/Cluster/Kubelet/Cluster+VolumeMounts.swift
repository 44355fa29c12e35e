import KubeAPI

/// The kubelet's volume manager before a pod's sandbox: every volume must be set up first. A
/// configMap or secret volume whose object or key is missing (and not optional) fails with
/// `FailedMount`, retried with the operation executor's back-off (0.5 s doubling, at most
/// 2m2s), and the pod waits in `ContainerCreating` without an IP.
extension Cluster {
    /// Whether every volume of `pod` can be set up; reports the first that cannot, otherwise.
    func mountVolumes(of pod: KubeObject, on node: String) -> Bool {
        let key = KubeletStep.podKey(pod.uid)
        if let due = wakeups[key] {
            // Still backing off from the last failure.
            if due > now { return false }
            cancelWakeup(for: key)
        }
        // The service account volume is left out: the world has no root CA publisher, so its
        // `kube-root-ca.crt` ConfigMaps are missing.
        for volume in pod[path: "spec.volumes"].array where !volume["projected"]["sources"].array.contains(where: { !$0["serviceAccountToken"].isNull }) {
            do {
                _ = try projectedFiles(of: volume, in: pod)
            } catch {
                let name = volume["name"].string ?? ""
                let message = "MountVolume.SetUp failed for volume \"\(name)\" : \(error.message)"
                let source = EventSource(component: "kubelet", host: node)
                recordEvent(pod, reason: "FailedMount", message: message, type: "Warning", source: source)
                let failures = eventCorrelator.observation(
                    of: EventCorrelator.Occurrence(
                        source: source, objectUID: pod.uid, fieldPath: nil, type: "Warning", reason: "FailedMount",
                        message: message))?.count ?? 1
                if pod[path: "status.containerStatuses"].isNull {
                    var waiting = PodStatusWriter.creating(pod, hostIP: lookup(.nodes, nil, node)?.internalIP ?? "", podIP: "", at: now)
                    for field in ["podIP", "podIPs"] { waiting[path: "status.\(field)"] = .null }
                    save(.pods, waiting)
                }
                wake(at: now.adding(milliseconds: Self.mountBackOff(afterFailures: failures)), for: key)
                return false
            }
        }
        return true
    }

    /// `exponentialbackoff`: 500 ms after the first failure, doubling, at most 2m2s.
    static func mountBackOff(afterFailures failures: Int) -> Int64 {
        min(500 << Int64(min(max(failures - 1, 0), 10)), 122_000)
    }
}
