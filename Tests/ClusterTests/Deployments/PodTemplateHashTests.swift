import Cluster
import KubeAPI
import Testing

/// Expected hashes come from Kubernetes itself: the lab's own ReplicaSet names, and
/// `controller.ComputeHash` run over the same stored templates (go-spew, k8s.io/api v0.32.2).
@Suite("A Deployment names its ReplicaSets by the pod-template-hash Kubernetes 1.32 computes")
struct PodTemplateHashTests {
    @Test(
        "the lab's ReplicaSets are named for their templates",
        arguments: [
            "coredns-668d6bf9bc", "local-path-provisioner-84944977bd", "metrics-server-8467fcc7b7",
            "calico-kube-controllers-6b65fb5f89",
        ])
    func worldHashes(_ name: String) throws {
        let cluster = try WorldFixture.tk8s()
        let original = try #require(cluster.list(.replicaSets).first { $0.name == name })
        var template = original[path: "spec.template"]
        template[path: "metadata.labels.pod-template-hash"] = .null
        var selector = original[path: "spec.selector"]
        selector[path: "matchLabels.pod-template-hash"] = .null
        let copy = KubeObject([
            "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "copy", "namespace": "default"],
            "spec": ["replicas": 1, "selector": selector, "template": template],
        ])
        try cluster.create(copy)
        let made = cluster.list(.replicaSets, namespace: "default").map(\.name)
        #expect(made == ["copy-" + (original.labels["pod-template-hash"] ?? "")])
    }

    @Test("quantities, named ports, zero divisors, host paths and tolerations hash as Go holds them")
    func decodedValues() throws {
        let cluster = try WorldFixture.tk8s()
        let labels: JSONValue = ["app": "tricky", "tier": "web"]
        let container: JSONValue = [
            "name": "web", "image": "nginx:1.27", "ports": [["name": "http", "containerPort": 80]],
            "resources": [
                "limits": ["cpu": "0.5", "memory": "128Mi"],
                "requests": ["cpu": "250m", "memory": "1G", "ephemeral-storage": "2"],
            ],
            "env": [["name": "LIMIT", "valueFrom": ["resourceFieldRef": ["resource": "limits.memory"]]]],
            "readinessProbe": ["httpGet": ["port": "http"]], "livenessProbe": ["tcpSocket": ["port": 80]],
            "volumeMounts": [["name": "host", "mountPath": "/host"], ["name": "scratch", "mountPath": "/scratch"]],
        ]
        let spec: JSONValue = [
            "containers": [container], "hostNetwork": true,
            "volumes": [
                ["name": "host", "hostPath": ["path": "/var/log"]],
                ["name": "scratch", "emptyDir": ["sizeLimit": "1Gi"]],
            ],
            "tolerations": [
                [
                    "key": "node.kubernetes.io/unreachable", "operator": "Exists", "effect": "NoExecute",
                    "tolerationSeconds": 60,
                ]
            ],
        ]
        try cluster.create(
            KubeObject([
                "apiVersion": "apps/v1", "kind": "Deployment", "metadata": ["name": "tricky", "namespace": "default"],
                "spec": [
                    "replicas": 1, "selector": ["matchLabels": labels],
                    "template": ["metadata": ["labels": labels, "annotations": ["note": "x y"]], "spec": spec],
                ],
            ]))
        #expect(cluster.list(.replicaSets, namespace: "default").map(\.name) == ["tricky-f48f5bf79"])
    }

    @Test("a name collision adds the collision count to the hash")
    func collisionCount() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", replicas: 2))
        var taken = try cluster.get(.replicaSets, namespace: "default", name: "web-796cf5c97c")
        taken[path: "metadata.labels"] = ["app": "other", "pod-template-hash": "796cf5c97c"]
        try cluster.replace(taken)
        let deployment = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(deployment[path: "status.collisionCount"].int == 1)
        let names = cluster.list(.replicaSets, namespace: "default").map(\.name).sorted()
        #expect(names == ["web-78cd7cf8dd", "web-796cf5c97c"])
    }
}
