import Cluster
import KubeAPI

/// StatefulSet manifests and lookups shared by the StatefulSet tests.
enum StatefulSetFixture {
    /// A StatefulSet `web` of nginx pods under the headless Service `nginx`, with a claim template `data`.
    static func web(
        replicas: Int = 3, image: String = "nginx:1.27", policy: String? = nil, partition: Int? = nil,
        onDelete: Bool = false
    ) -> KubeObject {
        var set = KubeObject([
            "apiVersion": "apps/v1", "kind": "StatefulSet",
            "metadata": ["name": "web", "namespace": "default"],
            "spec": [
                "selector": ["matchLabels": ["app": "nginx"]],
                "serviceName": "nginx",
                "replicas": .int(replicas),
                "template": [
                    "metadata": ["labels": ["app": "nginx"]],
                    "spec": [
                        "containers": [
                            [
                                "name": "nginx", "image": .string(image),
                                "volumeMounts": [["name": "data", "mountPath": "/usr/share/nginx/html"]],
                            ]
                        ]
                    ],
                ],
                "volumeClaimTemplates": [
                    [
                        "metadata": ["name": "data"],
                        "spec": [
                            "accessModes": ["ReadWriteOnce"], "storageClassName": "local-path",
                            "resources": ["requests": ["storage": "1Gi"]],
                        ],
                    ]
                ],
            ],
        ])
        if let policy { set[path: "spec.podManagementPolicy"] = .string(policy) }
        if let partition {
            set[path: "spec.updateStrategy"] = [
                "type": "RollingUpdate", "rollingUpdate": ["partition": .int(partition)],
            ]
        }
        if onDelete { set[path: "spec.updateStrategy"] = ["type": "OnDelete"] }
        return set
    }

    /// The names of `web`'s pods, in name order.
    static func podNames(_ cluster: Cluster) -> [String] {
        cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") }.map(\.name)
    }

    /// `web`'s pods that are not being deleted.
    static func livePods(_ cluster: Cluster) -> [KubeObject] {
        cluster.list(.pods, namespace: "default").filter {
            $0.name.hasPrefix("web-") && $0.metadata["deletionTimestamp"].isNull
        }
    }

    /// Whether a pod is Running with its Ready condition true.
    static func isReady(_ pod: KubeObject) -> Bool {
        pod[path: "status.phase"].string == "Running"
            && pod[path: "status.conditions"].array.contains { $0["type"] == "Ready" && $0["status"] == "True" }
    }

    /// Advances until every one of `count` pods of `web` runs and is ready (at most five minutes).
    @discardableResult
    static func settle(_ cluster: Cluster, count: Int) -> Bool {
        cluster.wait(timeoutSeconds: 300) {
            let pods = cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") }
            return pods.count == count && pods.allSatisfy { isReady($0) && $0.metadata["deletionTimestamp"].isNull }
        }
    }

    static func status(_ cluster: Cluster) throws -> JSONValue {
        try cluster.get(.statefulSets, namespace: "default", name: "web")[path: "status"]
    }
}
