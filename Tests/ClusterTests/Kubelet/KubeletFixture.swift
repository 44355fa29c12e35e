@testable import Cluster
import KubeAPI

/// Pods and lookups the kubelet tests share.
enum KubeletFixture {
    static func pod(
        _ name: String, image: String, command: [String]? = nil, restartPolicy: String? = nil, cpu: String? = nil
    ) -> KubeObject {
        var container: JSONValue = ["name": .string(name), "image": .string(image)]
        if let command { container["command"] = .array(command.map(JSONValue.string)) }
        if let cpu { container["resources"] = ["requests": ["cpu": .string(cpu)]] }
        var spec: JSONValue = ["containers": [container]]
        if let restartPolicy { spec["restartPolicy"] = .string(restartPolicy) }
        return KubeObject(["apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)], "spec": spec])
    }

    static func status(_ cluster: Cluster, _ name: String) -> JSONValue {
        (try? cluster.get(.pods, namespace: "default", name: name))?[path: "status.containerStatuses"][0] ?? .null
    }

    static func phase(_ cluster: Cluster, _ name: String) -> String? {
        (try? cluster.get(.pods, namespace: "default", name: name))?[path: "status.phase"].string
    }

    /// `REASON: message` of every event about `name`, in the order `kubectl get events` lists them.
    static func events(_ cluster: Cluster, about name: String) -> [String] {
        cluster.list(.events, namespace: "default")
            .filter { $0.value["involvedObject"]["name"].string == name }
            .map { "\($0.value["reason"].string ?? ""): \($0.value["message"].string ?? "")" }
    }

    static func event(_ cluster: Cluster, about name: String, reason: String) -> KubeObject? {
        cluster.list(.events, namespace: "default").first {
            $0.value["involvedObject"]["name"].string == name && $0.value["reason"].string == reason
        }
    }
}
