import Cluster
import KubeAPI

/// A world the size of Kubernetes' documented limits, made from the tk8s world: its worker
/// node cloned `nodes` times (each with its own /24 and address) and `podsPerNode` running pods
/// on each, owned by ReplicaSets of 100 pods in namespaces of 50 ReplicaSets.
enum ScaleWorld {
    static func make(from base: World, nodes: Int, podsPerNode: Int) -> World {
        var world = base
        world.settings.podCIDR = "10.0.0.0/8"
        let template = base.objects.first { $0.kind == "Node" && $0.name.hasSuffix("worker1") }!
        let pod = base.objects.first { $0.kind == "Pod" && $0.name == "goweb" }!
        var objects = base.objects.filter { $0.kind == "Namespace" }
        var nodeNames: [String] = []
        for index in 0..<nodes {
            let name = "node-\(index)"
            nodeNames.append(name)
            var node = template
            node[path: "metadata.name"] = .string(name)
            node[path: "metadata.labels.kubernetes.io/hostname"] = .string(name)
            let cidr = "10.\(1 + index / 256).\(index % 256).0/24"
            node[path: "spec.podCIDR"] = .string(cidr)
            node[path: "spec.podCIDRs"] = [.string(cidr)]
            node[path: "status.addresses"] = [
                ["type": "InternalIP", "address": .string("172.16.\(index / 256).\(index % 256)")],
                ["type": "Hostname", "address": .string(name)],
            ]
            objects.append(node)
        }
        let total = nodes * podsPerNode
        let replicaSetSize = 100
        for set in 0..<(total + replicaSetSize - 1) / replicaSetSize {
            let namespace = "team-\(set / 50)"
            if set % 50 == 0 {
                objects.append(KubeObject(["apiVersion": "v1", "kind": "Namespace", "metadata": ["name": .string(namespace)]]))
            }
            let app = "app-\(set)"
            objects.append(KubeObject([
                "apiVersion": "apps/v1", "kind": "ReplicaSet",
                "metadata": ["name": .string(app), "namespace": .string(namespace), "labels": ["app": .string(app)]],
                "spec": [
                    "replicas": .int(min(replicaSetSize, total - set * replicaSetSize)),
                    "selector": ["matchLabels": ["app": .string(app)]],
                    "template": pod.value["spec"].isNull ? .null : [
                        "metadata": ["labels": ["app": .string(app)]], "spec": pod.value["spec"],
                    ],
                ],
            ]))
            for member in 0..<min(replicaSetSize, total - set * replicaSetSize) {
                let index = set * replicaSetSize + member
                var copy = pod
                copy[path: "metadata.name"] = .string("\(app)-\(member)")
                copy[path: "metadata.namespace"] = .string(namespace)
                copy[path: "metadata.labels"] = ["app": .string(app)]
                copy[path: "metadata.ownerReferences"] = [[
                    "apiVersion": "apps/v1", "kind": "ReplicaSet", "name": .string(app), "controller": true,
                    "blockOwnerDeletion": true,
                ]]
                let node = index % nodes
                copy[path: "spec.nodeName"] = .string(nodeNames[node])
                copy[path: "status"] = ["podIP": .string("10.\(1 + node / 256).\(node % 256).\(2 + index / nodes)")]
                objects.append(copy)
            }
        }
        world.objects = objects
        return world
    }
}
