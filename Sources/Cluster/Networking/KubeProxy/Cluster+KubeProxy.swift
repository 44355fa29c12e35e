import KubeAPI

/// kube-proxy as a DaemonSet pod on each node: it reads the `kube-proxy` ConfigMap's
/// `config.conf` when its container starts and keeps that configuration until it restarts.
extension Cluster {
    /// The configuration a kube-proxy container took at one start.
    struct KubeProxyStart: Sendable {
        var startedAt: String
        var configuration: KubeProxyConfiguration?
    }

    /// Notes the configuration of every kube-proxy container that started since the last pass;
    /// writes nothing, so it never makes the controllers run again.
    func recordKubeProxyStarts() -> Bool {
        // Only a change to a pod in kube-system can start a kube-proxy.
        if let changes = takeChanges(for: .kubeProxies),
            !changes.contains(where: { $0.type == .pods && $0.key.namespace == "kube-system" })
        {
            return false
        }
        var current: KubeProxyConfiguration??
        for pod in store.list(.pods, namespace: "kube-system") where pod.labels["k8s-app"] == "kube-proxy" {
            guard let startedAt = pod[path: "status.containerStatuses"][0][path: "state.running.startedAt"].string else { continue }
            if kubeProxyStarts[pod.uid]?.startedAt == startedAt { continue }
            if current == nil { current = .some(kubeProxyConfigMapConfiguration()) }
            kubeProxyStarts[pod.uid] = KubeProxyStart(startedAt: startedAt, configuration: current ?? nil)
        }
        return false
    }

    /// What the `kube-proxy` ConfigMap says now, or nil when it is missing or unreadable.
    func kubeProxyConfigMapConfiguration() -> KubeProxyConfiguration? {
        guard let map = store.get(.configMaps, namespace: "kube-system", name: "kube-proxy"),
            let text = map[path: "data"]["config.conf"].string
        else { return nil }
        return KubeProxyConfiguration(yaml: text)
    }

    /// The configuration kube-proxy runs with on `node`, or nil when no kube-proxy runs there
    /// (no pod, its node container stopped, or a configuration it could not read).
    public func kubeProxyConfiguration(on node: String) -> KubeProxyConfiguration? {
        // Its container outlives a stopped kubelet service, not a stopped node container.
        guard nodeContainers[node]?.isRunning != false else { return nil }
        for pod in store.list(.pods, namespace: "kube-system")
        where pod.labels["k8s-app"] == "kube-proxy" && pod[path: "spec.nodeName"].string == node
            && pod[path: "status.phase"].string == "Running" && pod.deletionTimestamp == nil {
            guard let start = kubeProxyStarts[pod.uid],
                start.startedAt == pod[path: "status.containerStatuses"][0][path: "state.running.startedAt"].string
            else { continue }
            return start.configuration
        }
        return nil
    }
}
