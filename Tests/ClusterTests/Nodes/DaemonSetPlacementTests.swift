@testable import Cluster
import KubeAPI
import Testing

@Suite("The DaemonSet controller: pinned pods, default tolerations, taints, nodes joining and leaving")
struct DaemonSetPlacementTests {
    typealias F = NodeFixture

    @Test("one pod per node, pinned by matchFields and bound by the scheduler, with the daemon tolerations")
    func podsArePinned() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.daemonSet("agent"))
        #expect(F.nodes(cluster, prefix: "agent-") == ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"])
        let pod = try #require(cluster.list(.pods, namespace: "default").first { $0.name.hasPrefix("agent-") })
        let field = pod[path: "spec.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms"][0]["matchFields"][0]
        #expect(field["key"].string == "metadata.name")
        #expect(field["values"][0].string == pod.nodeName)
        #expect(pod[path: "spec.tolerations"].array.compactMap { $0["key"].string } == [
            "node.kubernetes.io/not-ready", "node.kubernetes.io/unreachable", "node.kubernetes.io/disk-pressure",
            "node.kubernetes.io/memory-pressure", "node.kubernetes.io/pid-pressure", "node.kubernetes.io/unschedulable",
        ])
        #expect(pod.labels["pod-template-generation"] == "1")
        let created = cluster.list(.events, namespace: "default").filter { $0.value["reason"].string == "SuccessfulCreate" }
        #expect(created.count == 3)
        #expect(created.allSatisfy { $0.value["source"]["component"].string == "daemonset-controller" })
    }

    @Test("a NoSchedule taint keeps the pod; NoExecute removes it with SuccessfulDelete or an eviction")
    func taints() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.daemonSet("agent"))
        cluster.advance(seconds: 10)
        try F.taint(cluster, "tk8s-worker2", [["key": "k", "value": "v", "effect": "NoSchedule"]])
        #expect(F.nodes(cluster, prefix: "agent-").count == 3)
        let ds = try cluster.get(.daemonSets, namespace: "default", name: "agent")
        #expect(ds[path: "status.desiredNumberScheduled"].int == 2)
        #expect(ds[path: "status.numberMisscheduled"].int == 1)
        try F.taint(cluster, "tk8s-worker2", [["key": "k", "value": "v", "effect": "NoExecute"]])
        #expect(F.nodes(cluster, prefix: "agent-") == ["tk8s-control-plane", "tk8s-worker1"])
        try F.taint(cluster, "tk8s-worker2", [])
        // A new pod waits until the evicted one has gone from the node: `sleep` ignores SIGTERM,
        // so that takes the 30 second grace period.
        cluster.advance(seconds: 25)
        #expect(F.nodes(cluster, prefix: "agent-") == ["tk8s-control-plane", "tk8s-worker1"])
        cluster.advance(seconds: 10)
        #expect(F.nodes(cluster, prefix: "agent-") == ["tk8s-control-plane", "tk8s-worker1", "tk8s-worker2"])
    }

    @Test("a tolerating DaemonSet stays on a NoExecute-tainted node")
    func tolerated() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.daemonSet("agent", tolerations: [["operator": "Exists"]]))
        try F.taint(cluster, "tk8s-worker2", [["key": "k", "effect": "NoExecute"]])
        #expect(F.nodes(cluster, prefix: "agent-").count == 3)
    }

    @Test("a node that joins gets the lab's DaemonSet pods; one that leaves loses them")
    func nodeJoinsAndLeaves() throws {
        let cluster = try WorldFixture.tk8s()
        var node = try cluster.get(.nodes, namespace: nil, name: "tk8s-worker2")
        node.name = "tk8s-worker3"
        node[path: "metadata.uid"] = .null
        node[path: "metadata.resourceVersion"] = .null
        node[path: "metadata.labels.kubernetes.io/hostname"] = .null
        try cluster.create(node)
        #expect(F.nodes(cluster, prefix: "canal-", namespace: "kube-system").filter { $0 == "tk8s-worker3" }.count == 1)
        #expect(F.nodes(cluster, prefix: "kube-proxy-", namespace: "kube-system").filter { $0 == "tk8s-worker3" }.count == 1)
        try cluster.delete(.nodes, namespace: nil, name: "tk8s-worker3")
        // The pod garbage collector deletes them once the node's quarantine is over.
        cluster.advance(seconds: 60)
        #expect(cluster.list(.pods, namespace: "kube-system").allSatisfy { $0.nodeName != "tk8s-worker3" })
    }

    @Test("the lab's own DaemonSet pods are left exactly as restored")
    func restoredPodsUntouched() throws {
        let cluster = try WorldFixture.tk8s()
        let before = cluster.list(.pods, namespace: "kube-system")
        cluster.advance(seconds: 600)
        #expect(cluster.list(.pods, namespace: "kube-system").map(\.uid) == before.map(\.uid))
    }
}
