import Cluster
import KubeAPI

/// Claims, volumes and pods shared by the storage tests.
enum StorageFixture {
    static func claim(
        _ name: String, storageClass: String? = "local-path", size: String = "1Gi", modes: [String] = ["ReadWriteOnce"],
        selector: [String: String]? = nil
    ) -> KubeObject {
        var claim = KubeObject([
            "apiVersion": "v1", "kind": "PersistentVolumeClaim",
            "metadata": ["name": .string(name), "namespace": "default"],
            "spec": [
                "accessModes": .array(modes.map(JSONValue.string)),
                "resources": ["requests": ["storage": .string(size)]],
            ],
        ])
        if let storageClass { claim[path: "spec.storageClassName"] = .string(storageClass) }
        if let selector { claim[path: "spec.selector"] = ["matchLabels": .stringMap(selector)] }
        return claim
    }

    static func volume(
        _ name: String, storageClass: String = "manual", size: String = "1Gi", modes: [String] = ["ReadWriteOnce"],
        labels: [String: String] = [:], reclaim: String? = nil
    ) -> KubeObject {
        var volume = KubeObject([
            "apiVersion": "v1", "kind": "PersistentVolume",
            "metadata": ["name": .string(name)],
            "spec": [
                "storageClassName": .string(storageClass), "capacity": ["storage": .string(size)],
                "accessModes": .array(modes.map(JSONValue.string)), "hostPath": ["path": .string("/mnt/\(name)")],
            ],
        ])
        if !labels.isEmpty { volume[path: "metadata.labels"] = .stringMap(labels) }
        if let reclaim { volume[path: "spec.persistentVolumeReclaimPolicy"] = .string(reclaim) }
        return volume
    }

    /// A pod `name` that mounts `claim`.
    static func pod(_ name: String, claim: String) -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "namespace": "default"],
            "spec": [
                "containers": [
                    ["name": "app", "image": "nginx", "volumeMounts": [["name": "data", "mountPath": "/data"]]]
                ],
                "volumes": [["name": "data", "persistentVolumeClaim": ["claimName": .string(claim)]]],
            ],
        ])
    }

    /// The reasons and messages of the events about `name`, oldest first.
    static func events(_ cluster: Cluster, about name: String) -> [(reason: String, message: String, count: Int)] {
        cluster.list(.events, namespace: "default")
            .filter { $0[path: "involvedObject.name"].string == name }
            .map { ($0[path: "reason"].string ?? "", $0[path: "message"].string ?? "", $0[path: "count"].int ?? 0) }
    }
}
