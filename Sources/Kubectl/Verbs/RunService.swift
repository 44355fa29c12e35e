import KubeAPI

/// The Service `kubectl run --expose` creates beside its pod: kubectl's `service/v2` generator
/// fed run's name, port and labels. It selects the pod's labels and carries labels only when
/// `--labels` gave them; its one port sends to the same container port.
enum RunService {
    static func make(name: String, port: Int, selector: [String: String], labels: [String: String]?) -> KubeObject {
        var metadata: JSONValue = ["name": .string(name), "creationTimestamp": nil]
        if let labels { metadata["labels"] = .stringMap(labels) }
        return KubeObject([
            "kind": "Service", "apiVersion": "v1", "metadata": metadata,
            "spec": [
                "ports": [["protocol": "TCP", "port": .int(port), "targetPort": .int(port)]],
                "selector": .stringMap(selector),
            ],
            "status": ["loadBalancer": .emptyObject],
        ])
    }
}
