import KubeAPI

@testable import Cluster

/// A DaemonSet `agent` of nginx pods and the lookups the DaemonSet update tests share.
enum DaemonSetFixture {
    static func agent(
        image: String = "nginx:1.27", strategy: JSONValue? = nil, minReadySeconds: Int? = nil, historyLimit: Int? = nil
    ) -> KubeObject {
        var ds = KubeObject([
            "apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": ["name": "agent", "namespace": "default"],
            "spec": [
                "selector": ["matchLabels": ["app": "agent"]],
                "template": [
                    "metadata": ["labels": ["app": "agent"]],
                    "spec": ["containers": [["name": "agent", "image": .string(image)]]],
                ],
            ],
        ])
        if let strategy { ds[path: "spec.updateStrategy"] = strategy }
        if let minReadySeconds { ds[path: "spec.minReadySeconds"] = .int(minReadySeconds) }
        if let historyLimit { ds[path: "spec.revisionHistoryLimit"] = .int(historyLimit) }
        return ds
    }

    /// Creates `agent` and lets every pod start.
    static func started(_ strategy: JSONValue? = nil, minReadySeconds: Int? = nil, historyLimit: Int? = nil) throws
        -> Cluster
    {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(agent(strategy: strategy, minReadySeconds: minReadySeconds, historyLimit: historyLimit))
        cluster.advance(seconds: 30)
        return cluster
    }

    /// Changes the container image through the API, as `kubectl set image` does.
    static func setImage(_ cluster: Cluster, _ image: String) throws {
        var ds = try cluster.get(.daemonSets, namespace: "default", name: "agent")
        ds[path: "spec.template.spec.containers"] = [["name": "agent", "image": .string(image)]]
        try cluster.replace(ds)
    }

    static func daemonSet(_ cluster: Cluster) throws -> KubeObject {
        try cluster.get(.daemonSets, namespace: "default", name: "agent")
    }

    /// The agent's pods that are not being deleted.
    static func pods(_ cluster: Cluster) -> [KubeObject] {
        cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("agent-") && $0.deletionTimestamp == nil }
    }

    /// The agent's ControllerRevisions as `name: revision`.
    static func revisions(_ cluster: Cluster) -> [String: Int] {
        Dictionary(
            uniqueKeysWithValues: cluster.list(.controllerRevisions, namespace: "default")
                .filter { $0.name.hasPrefix("agent-") }.map { ($0.name, $0[path: "revision"].int ?? 0) })
    }

    /// The messages of the agent's events with `reason`, oldest first.
    static func events(_ cluster: Cluster, _ reason: String) -> [KubeObject] {
        cluster.list(.events, namespace: "default").filter {
            $0[path: "involvedObject.name"].string == "agent" && $0.value["reason"].string == reason
        }
    }

    /// Nodes whose every live agent pod is ready, and nodes with more than one live agent pod.
    static func nodeCounts(_ cluster: Cluster) -> (ready: Int, doubled: Int) {
        let byNode = Dictionary(grouping: pods(cluster)) { $0.nodeName ?? "" }
        return (
            byNode.values.filter { $0.contains(where: \.isReady) }.count, byNode.values.filter { $0.count > 1 }.count
        )
    }
}
