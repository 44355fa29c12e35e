import KubeAPI

/// Builds the node status a kubelet reports: healthy conditions since its last boot.
enum NodeStatusWriter {
    static func status(_ node: KubeObject, bootedAt boot: Timestamp, now: Timestamp) -> JSONValue {
        var status = node.value["status"]
        let heartbeat = JSONValue.string(now.rfc3339)
        let since = JSONValue.string(boot.rfc3339)
        func condition(_ type: String, _ value: String, _ reason: String, _ message: String) -> JSONValue {
            [
                "lastHeartbeatTime": heartbeat, "lastTransitionTime": since, "message": .string(message),
                "reason": .string(reason), "status": .string(value), "type": .string(type),
            ]
        }
        status["conditions"] = [
            condition("MemoryPressure", "False", "KubeletHasSufficientMemory", "kubelet has sufficient memory available"),
            condition("DiskPressure", "False", "KubeletHasNoDiskPressure", "kubelet has no disk pressure"),
            condition("PIDPressure", "False", "KubeletHasSufficientPID", "kubelet has sufficient PID available"),
            condition("Ready", "True", "KubeletReady", "kubelet is posting ready status"),
        ]
        status["daemonEndpoints"] = ["kubeletEndpoint": ["Port": 10250]]
        return status
    }
}
