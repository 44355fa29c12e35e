import KubeAPI

/// Leases as their holders keep them: each kubelet renews its node's lease every 10 s (a
/// quarter of its 40 s duration), kube-controller-manager and kube-scheduler renew their leader
/// election leases every 2 s (the retry period), and kube-apiserver its identity lease every 10 s.
/// A holder renews from the moment its process starts while the apiserver answers; when it stops
/// (its container or node stopped, the kubelet service stopped), renewTime stays at its last renewal.
/// The renewals are worked out when a lease is read rather than written every few seconds.
extension Cluster {
    /// The lease with `spec.renewTime` at its holder's last renewal before now.
    func renewed(_ lease: KubeObject) -> KubeObject {
        guard let holder = leaseHolder(of: lease), let last = lastRenewal(of: lease, by: holder) else { return lease }
        var renewed = lease
        renewed[path: "spec.renewTime"] = .string(last.text)
        return renewed
    }

    /// A lease holder's process: when it ran from and until (nil while it still runs), and how often it renews.
    struct LeaseHolder {
        var started: Timestamp
        var stopped: Timestamp?
        var intervalSeconds: Int64
    }

    /// Node leases belong to their kubelet; the others to the static pod of the component they
    /// are named after (`kube-scheduler`) or whose identity they carry (`kube-apiserver`).
    private func leaseHolder(of lease: KubeObject) -> LeaseHolder? {
        if lease.namespace == Self.nodeLeaseNamespace {
            return nodeContainers[lease.name].map(kubeletProcess)
        }
        let component = lease.labels[Self.apiServerIdentityLabel] ?? lease.name
        let pods = list(.pods, namespace: Self.systemNamespace).filter { $0.labels[Self.componentLabel] == component }
        guard let pod = pods.first else { return nil }
        let interval: Int64 = lease.labels[Self.apiServerIdentityLabel] == nil ? 2 : 10
        return staticPodProcess(pod, intervalSeconds: interval)
    }

    /// The kubelet runs from its container's start, or its service's later restart, until either stops.
    private func kubeletProcess(_ container: NodeContainer) -> LeaseHolder {
        let restarted = container.kubeletRestartedAt.map { max($0, container.startedAt) } ?? container.startedAt
        let stopped = container.isRunning ? container.kubeletStoppedAt : container.exitedAt
        return LeaseHolder(started: restarted, stopped: stopped, intervalSeconds: 10)
    }

    /// A static pod's process runs from its container's last start until it or its node stops.
    private func staticPodProcess(_ pod: KubeObject, intervalSeconds: Int64) -> LeaseHolder? {
        guard let state = pod[path: "status.containerStatuses"].array.first?["state"] else { return nil }
        let running = state["running"]["startedAt"].string.flatMap(Timestamp.init(rfc3339:))
        let terminated = state["terminated"]
        guard let started = running ?? terminated["startedAt"].string.flatMap(Timestamp.init(rfc3339:)) else { return nil }
        var stopped = running == nil ? terminated["finishedAt"].string.flatMap(Timestamp.init(rfc3339:)) : nil
        if let node = pod.nodeName, let container = nodeContainers[node], !container.isRunning {
            stopped = min(stopped ?? container.exitedAt ?? now, container.exitedAt ?? now)
        }
        return LeaseHolder(started: started, stopped: stopped, intervalSeconds: intervalSeconds)
    }

    /// The holder's renewals fall every interval from a fixed fraction of a second after its start.
    private func lastRenewal(of lease: KubeObject, by holder: LeaseHolder) -> MicroTime? {
        var end = holder.stopped.map { min($0, now) } ?? now
        if !isAPIServerServing, let down = apiServerStoppedAt { end = min(end, down) }
        let interval = holder.intervalSeconds * 1_000_000
        let first = MicroTime(holder.started).microseconds + MicroTime.offset(for: lease.uid, below: 1_000_000)
        let last = MicroTime(end).microseconds
        guard last >= first else { return nil }
        return MicroTime(microseconds: first + (last - first) / interval * interval)
    }

    /// When the node running kube-apiserver stopped, while it is stopped.
    private var apiServerStoppedAt: Timestamp? {
        let servers = list(.pods, namespace: Self.systemNamespace).filter {
            $0.labels[Self.componentLabel] == Self.apiServerComponent
        }
        return servers.compactMap { $0.nodeName.flatMap { nodeContainers[$0] }?.exitedAt }.max()
    }

    static let nodeLeaseNamespace = "kube-node-lease"
    static let apiServerIdentityLabel = "apiserver.kubernetes.io/identity"
}
