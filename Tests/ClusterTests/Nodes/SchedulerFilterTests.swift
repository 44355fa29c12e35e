@testable import Cluster
import KubeAPI
import Testing

@Suite("Scheduler filters: node affinity, pod anti-affinity, taints, cordoned nodes")
struct SchedulerFilterTests {
    typealias F = NodeFixture

    @Test("required node affinity keeps a pod to the nodes it names")
    func requiredNodeAffinity() throws {
        let cluster = try WorldFixture.tk8s()
        let affinity: JSONValue = [
            "nodeAffinity": [
                "requiredDuringSchedulingIgnoredDuringExecution": [
                    "nodeSelectorTerms": [
                        ["matchExpressions": [["key": "kubernetes.io/hostname", "operator": "In", "values": ["tk8s-worker2"]]]]
                    ]
                ]
            ]
        ]
        try cluster.create(F.pod("pinned", spec: ["affinity": affinity]))
        #expect(try cluster.get(.pods, namespace: "default", name: "pinned").nodeName == "tk8s-worker2")
    }

    @Test("a node selector nothing matches: didn't match Pod's node affinity/selector")
    func selectorMismatch() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.pod("gpu", spec: ["nodeSelector": ["disk": "ssd"]]))
        let message = "0/3 nodes are available: 3 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        #expect(F.message(cluster, "gpu") == message)
    }

    @Test("preferred node affinity picks the preferred node")
    func preferredNodeAffinity() throws {
        let cluster = try WorldFixture.tk8s()
        let affinity: JSONValue = [
            "nodeAffinity": [
                "preferredDuringSchedulingIgnoredDuringExecution": [
                    [
                        "weight": 50,
                        "preference": [
                            "matchExpressions": [["key": "kubernetes.io/hostname", "operator": "In", "values": ["tk8s-control-plane"]]]
                        ],
                    ]
                ]
            ]
        ]
        try cluster.create(F.pod("likes-cp", spec: ["affinity": affinity]))
        #expect(try cluster.get(.pods, namespace: "default", name: "likes-cp").nodeName == "tk8s-control-plane")
    }

    @Test("anti-affinity by hostname spreads pods, and a fourth has nowhere to go")
    func antiAffinity() throws {
        let cluster = try WorldFixture.tk8s()
        let anti: JSONValue = [
            "podAntiAffinity": [
                "requiredDuringSchedulingIgnoredDuringExecution": [
                    ["labelSelector": ["matchLabels": ["app": "solo"]], "topologyKey": "kubernetes.io/hostname"]
                ]
            ]
        ]
        for name in ["solo-a", "solo-b", "solo-c", "solo-d"] {
            try cluster.create(F.pod(name, labels: ["app": "solo"], spec: ["affinity": anti]))
        }
        #expect(F.nodes(cluster, prefix: "solo-") == ["<none>", "tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"])
        let message = "0/3 nodes are available: 3 node(s) didn't match pod anti-affinity rules. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod."
        #expect(F.message(cluster, "solo-d") == message)
    }

    @Test("a cordoned node is unschedulable; every node cordoned leaves the pod Pending")
    func cordoned() throws {
        let cluster = try WorldFixture.tk8s()
        for name in ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"] {
            var node = try cluster.get(.nodes, namespace: nil, name: name)
            node[path: "spec.unschedulable"] = true
            try cluster.replace(node)
            let taints = try cluster.get(.nodes, namespace: nil, name: name)[path: "spec.taints"].array
            #expect(taints.map { $0["key"].string } == ["node.kubernetes.io/unschedulable"])
        }
        try cluster.create(F.pod("waiting"))
        let message = "0/3 nodes are available: 3 node(s) were unschedulable. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        #expect(F.message(cluster, "waiting") == message)
    }

    @Test("an untolerated NoSchedule taint is named with its key and value")
    func taintMessage() throws {
        let cluster = try WorldFixture.tk8s()
        for name in ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"] {
            try F.taint(cluster, name, [["key": "team", "value": "a", "effect": "NoSchedule"]])
        }
        try cluster.create(F.pod("outsider"))
        let message = "0/3 nodes are available: 3 node(s) had untolerated taint {team: a}. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling."
        #expect(F.message(cluster, "outsider") == message)
        try cluster.create(F.pod("member", spec: ["tolerations": [["key": "team", "operator": "Exists"]]]))
        #expect(try cluster.get(.pods, namespace: "default", name: "member").nodeName != nil)
    }
}
