import Cluster
import KubeAPI

/// Deployments for the controller tests, and ways to look at what the controller made of them.
enum DeploymentFixture {
    static func deployment(
        _ name: String, image: String = "nginx:1.27", replicas: Int = 3, strategy: JSONValue = .null,
        extra: [String: JSONValue] = [:]
    ) -> KubeObject {
        let labels: JSONValue = ["app": .string(name)]
        var spec: JSONValue = [
            "replicas": .int(replicas), "selector": ["matchLabels": labels],
            "template": [
                "metadata": ["labels": labels],
                "spec": ["containers": [["name": "nginx", "image": .string(image)]]],
            ],
        ]
        if !strategy.isNull { spec["strategy"] = strategy }
        for (key, value) in extra { spec[key] = value }
        return KubeObject([
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": .string(name), "labels": labels],
            "spec": spec,
        ])
    }

    /// Changes the image of a stored Deployment, as `kubectl set image` does.
    static func setImage(_ cluster: Cluster, _ name: String, _ image: String) throws {
        var deployment = try cluster.get(.deployments, namespace: "default", name: name)
        deployment[path: "spec.template.spec.containers"] = [["name": "nginx", "image": .string(image)]]
        try cluster.replace(deployment)
    }

    /// Each ReplicaSet of the Deployment `name` as `(image, spec.replicas)`, oldest first.
    static func sizes(_ cluster: Cluster, _ name: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for rs in cluster.list(.replicaSets, namespace: "default") where rs.name.hasPrefix(name + "-") {
            let image = rs[path: "spec.template.spec.containers"][0]["image"].string ?? ""
            result[image] = rs[path: "spec.replicas"].int ?? 0
        }
        return result
    }

    /// Pods of the Deployment that are not terminating.
    static func activePods(_ cluster: Cluster, _ name: String) -> [KubeObject] {
        cluster.list(.pods, namespace: "default").filter {
            $0.name.hasPrefix(name + "-") && $0.deletionTimestamp == nil
        }
    }

    static func events(_ cluster: Cluster, _ name: String) -> [String] {
        cluster.list(.events, namespace: "default")
            .filter {
                $0.value["involvedObject"]["name"].string == name && $0.value["reason"].string == "ScalingReplicaSet"
            }
            .sorted { $0.resourceVersion < $1.resourceVersion }
            .compactMap { $0.value["message"].string }
    }
}
