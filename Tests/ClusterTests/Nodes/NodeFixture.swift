@testable import Cluster
import KubeAPI

/// Pods, Deployments and node edits the node tests share.
enum NodeFixture {
    /// A pod running nginx with the given spec fields merged in.
    static func pod(_ name: String, labels: [String: String] = [:], spec extra: [String: JSONValue] = [:]) -> KubeObject {
        var spec: JSONValue = ["containers": [["name": "nginx", "image": "nginx"]]]
        for key in extra.keys.sorted() { spec[key] = extra[key] ?? .null }
        return KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name), "labels": .stringMap(labels)], "spec": spec,
        ])
    }

    /// A Deployment of nginx pods labelled `app: <name>`.
    static func deployment(_ name: String, replicas: Int) -> KubeObject {
        KubeObject([
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": .string(name)],
            "spec": [
                "replicas": .int(replicas), "selector": ["matchLabels": ["app": .string(name)]],
                "template": [
                    "metadata": ["labels": ["app": .string(name)]],
                    "spec": ["containers": [["name": "nginx", "image": "nginx"]]],
                ],
            ],
        ])
    }

    /// A DaemonSet of busybox pods labelled `app: <name>`, with `tolerations` in its template.
    static func daemonSet(_ name: String, tolerations: [JSONValue] = []) -> KubeObject {
        var spec: JSONValue = ["containers": [["name": "c", "image": "busybox", "command": ["sleep", "3600"]]]]
        if !tolerations.isEmpty { spec["tolerations"] = .array(tolerations) }
        return KubeObject([
            "apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": ["name": .string(name)],
            "spec": [
                "selector": ["matchLabels": ["app": .string(name)]],
                "template": ["metadata": ["labels": ["app": .string(name)]], "spec": spec],
            ],
        ])
    }

    /// Sets the node's taints through the API, as `kubectl taint` does.
    static func taint(_ cluster: Cluster, _ node: String, _ taints: [JSONValue]) throws {
        var object = try cluster.get(.nodes, namespace: nil, name: node)
        object[path: "spec.taints"] = taints.isEmpty ? .null : .array(taints)
        try cluster.replace(object)
    }

    /// The pods in `namespace` whose names start with `prefix`, by node.
    static func nodes(_ cluster: Cluster, prefix: String, namespace: String = "default") -> [String] {
        cluster.list(.pods, namespace: namespace).filter { $0.name.hasPrefix(prefix) && $0.deletionTimestamp == nil }
            .map { $0.nodeName ?? "<none>" }.sorted()
    }

    static func message(_ cluster: Cluster, _ pod: String) -> String? {
        let object = try? cluster.get(.pods, namespace: "default", name: pod)
        return object?[path: "status.conditions"].array.first { $0["type"].string == "PodScheduled" }?["message"].string
    }
}
