import KubeAPI

@testable import Cluster

/// Pods with probes and resource limits for the probe and OOM tests.
enum ProbeFixture {
    /// A one-container pod named after its container; `extra` is merged into the container.
    static func pod(_ name: String, image: String, _ extra: [String: JSONValue] = [:]) -> KubeObject {
        var container: JSONValue = ["name": .string(name), "image": .string(image)]
        for key in extra.keys.sorted() { container[key] = extra[key] ?? .null }
        return KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": ["containers": [container]],
        ])
    }

    static func pod(_ cluster: Cluster, _ name: String) throws -> KubeObject {
        try cluster.get(.pods, namespace: "default", name: name)
    }

    /// The status of a pod condition (`Ready`, `ContainersReady`).
    static func condition(_ cluster: Cluster, _ name: String, _ type: String) throws -> String? {
        try pod(cluster, name)[path: "status.conditions"].array.first { $0["type"].string == type }?["status"].string
    }

    /// The kubelet's `Unhealthy` event about `name`, if any.
    static func unhealthy(_ cluster: Cluster, _ name: String) -> KubeObject? {
        KubeletFixture.event(cluster, about: name, reason: "Unhealthy")
    }
}
