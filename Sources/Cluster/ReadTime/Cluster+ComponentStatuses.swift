import KubeAPI
import OrderedCollections

/// `componentstatuses` (v1, deprecated): the apiserver probes the scheduler's and the controller
/// manager's health endpoints and its etcd servers on every request and reports each as a
/// `Healthy` condition. Nothing is stored: the objects have no uid, version or creation time.
extension Cluster {
    /// One status per component, in the order the probes usually answer.
    func componentStatuses() -> [KubeObject] {
        Self.probedComponents.map { probed in
            let pods = list(.pods, namespace: Self.systemNamespace).filter {
                $0.labels[Self.componentLabel] == probed.component
            }
            let healthy = pods.isEmpty || pods.contains(where: isAnswering)
            var condition: OrderedDictionary<String, JSONValue> = ["type": "Healthy", "status": healthy ? "True" : "False"]
            if healthy {
                condition["message"] = "ok"
            } else {
                let url = "https://127.0.0.1:\(probed.port)/healthz"
                condition["error"] = .string(
                    "Get \"\(url)\": dial tcp 127.0.0.1:\(probed.port): connect: connection refused")
            }
            return KubeObject(.object([
                "kind": "ComponentStatus", "apiVersion": "v1",
                "metadata": .object(["name": .string(probed.name), "creationTimestamp": .null]),
                "conditions": .array([.object(condition)]),
            ]))
        }
    }

    /// Whether a static pod's process answers: its node runs and its container is running.
    private func isAnswering(_ pod: KubeObject) -> Bool {
        if let node = pod.nodeName, let container = nodeContainers[node], !container.isRunning { return false }
        return pod[path: "status.containerStatuses"].array.allSatisfy { !$0[path: "state.running"].isNull }
    }

    /// What the apiserver probes: the component's name, the static pod it runs as and its secure port.
    private static let probedComponents: [(name: String, component: String, port: Int)] = [
        ("scheduler", "kube-scheduler", 10259), ("controller-manager", "kube-controller-manager", 10257),
        ("etcd-0", "etcd", 2379),
    ]
}
