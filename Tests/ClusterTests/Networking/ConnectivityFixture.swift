import KubeAPI

@testable import Cluster

/// A small app in the tk8s world: an nginx pod behind Service `web`, a busybox client, both
/// running, for the connectivity and policy tests.
enum ConnectivityFixture {
    static func pod(_ name: String, namespace: String = "default", labels: [String: String], image: String, command: [String] = [])
        -> KubeObject
    {
        var container: JSONValue = ["name": .string(name), "image": .string(image)]
        if !command.isEmpty { container["command"] = .array(command.map(JSONValue.string)) }
        if image == "nginx" { container["ports"] = [["name": "http", "containerPort": 80]] }
        var labelsJSON: JSONValue = .emptyObject
        for (key, value) in labels { labelsJSON[key] = .string(value) }
        return KubeObject([
            "apiVersion": "v1", "kind": "Pod",
            "metadata": ["name": .string(name), "namespace": .string(namespace), "labels": labelsJSON],
            "spec": ["containers": [container]],
        ])
    }

    static func service(_ name: String, _ spec: JSONValue, namespace: String = "default") -> KubeObject {
        KubeObject(["apiVersion": "v1", "kind": "Service", "metadata": ["name": .string(name), "namespace": .string(namespace)], "spec": spec])
    }

    static func policy(_ name: String, _ spec: JSONValue, namespace: String = "default") -> KubeObject {
        KubeObject([
            "apiVersion": "networking.k8s.io/v1", "kind": "NetworkPolicy",
            "metadata": ["name": .string(name), "namespace": .string(namespace)], "spec": spec,
        ])
    }

    /// The world with `web` (nginx, app=web) behind Service `web` port 80, and `client` (busybox).
    static func app() throws -> Cluster {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(pod("web", labels: ["app": "web"], image: "nginx"))
        try cluster.create(pod("client", labels: ["app": "client"], image: "busybox", command: ["sleep", "3600"]))
        try cluster.create(service("web", ["selector": ["app": "web"], "ports": [["port": 80, "targetPort": "http"]]]))
        cluster.advance(seconds: 30)
        return cluster
    }

    static func ip(_ cluster: Cluster, _ pod: String, namespace: String = "default") throws -> String {
        try cluster.get(.pods, namespace: namespace, name: pod)[path: "status.podIP"].string ?? ""
    }

    static func clusterIP(_ cluster: Cluster, _ service: String) throws -> String {
        try cluster.get(.services, namespace: "default", name: service)[path: "spec.clusterIP"].string ?? ""
    }
}

extension TCPOutcome {
    var kind: String {
        switch self {
        case .connected(let server): "connected \(server.pod.name):\(server.port)"
        case .refused: "refused"
        case .dropped: "dropped"
        case .unreachable: "unreachable"
        }
    }
}
