@testable import Cluster
import KubeAPI
import Testing

@Suite("Node lifecycle: a silent kubelet, unreachable taints and taint-based eviction")
struct NodeLifecycleTests {
    typealias F = NodeFixture

    @Test("a stopped node turns NotReady after 40 s, tainted unreachable")
    func notReadyAfterGracePeriod() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 39)
        var node = try cluster.get(.nodes, namespace: nil, name: "tk8s-worker2")
        #expect(ServerTables.Node.status(node) == "Ready")
        cluster.advance(seconds: 1)
        node = try cluster.get(.nodes, namespace: nil, name: "tk8s-worker2")
        #expect(ServerTables.Node.status(node) == "NotReady")
        #expect(node[path: "spec.taints"].array.map { "\($0["key"].string ?? ""):\($0["effect"].string ?? "")" } == [
            "node.kubernetes.io/unreachable:NoExecute", "node.kubernetes.io/unreachable:NoSchedule",
        ])
        let ready = node[path: "status.conditions"].array.first { $0["type"].string == "Ready" }
        #expect(ready?["status"].string == "Unknown")
        #expect(ready?["message"].string == "Kubelet stopped posting node status.")
    }

    @Test("pods on a silent node go after 300 s and come back elsewhere; they stay Terminating there")
    func evictionAfterTolerationSeconds() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 4))
        cluster.advance(seconds: 30)
        let before = cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") && $0.nodeName == "tk8s-worker2" }
        #expect(!before.isEmpty)
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 40 + 299)
        #expect(before.allSatisfy { (try? cluster.get(.pods, namespace: "default", name: $0.name))?.deletionTimestamp == nil })
        cluster.advance(seconds: 1)
        for pod in before {
            let stored = try cluster.get(.pods, namespace: "default", name: pod.name)
            #expect(stored.deletionTimestamp != nil)
            #expect(stored[path: "status.conditions"].array.contains { $0["reason"].string == "DeletionByTaintManager" })
        }
        cluster.advance(seconds: 60)
        let live = cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") && $0.deletionTimestamp == nil }
        #expect(live.count == 4)
        #expect(live.allSatisfy { $0.nodeName != "tk8s-worker2" })
        #expect(before.allSatisfy { (try? cluster.get(.pods, namespace: "default", name: $0.name)) != nil })
        cluster.startNode("tk8s-worker2")
        cluster.advance(seconds: 5)
        #expect(before.allSatisfy { (try? cluster.get(.pods, namespace: "default", name: $0.name)) == nil })
        let node = try cluster.get(.nodes, namespace: nil, name: "tk8s-worker2")
        #expect(ServerTables.Node.status(node) == "Ready")
        #expect(node[path: "spec.taints"].isNull)
    }

    @Test("DaemonSet pods tolerate unreachable forever and stay on a silent node")
    func daemonPodsStay() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 600)
        let pods = cluster.list(.pods, namespace: "kube-system").filter { $0.nodeName == "tk8s-worker2" }
        #expect(pods.count == 2)
        #expect(pods.allSatisfy { $0.deletionTimestamp == nil })
    }

    @Test("a NoExecute taint evicts intolerant pods at once, tolerant ones after tolerationSeconds")
    func noExecute() throws {
        let cluster = try WorldFixture.tk8s()
        let pin: JSONValue = ["kubernetes.io/hostname": "tk8s-worker1"]
        try cluster.create(F.pod("brief", spec: ["nodeSelector": pin]))
        let toleration: JSONValue = ["key": "drain", "operator": "Exists", "effect": "NoExecute", "tolerationSeconds": 60]
        try cluster.create(F.pod("patient", spec: ["nodeSelector": pin, "tolerations": [toleration]]))
        cluster.advance(seconds: 10)
        try F.taint(cluster, "tk8s-worker1", [["key": "drain", "effect": "NoExecute"]])
        #expect(try cluster.get(.pods, namespace: "default", name: "brief").deletionTimestamp != nil)
        #expect(try cluster.get(.pods, namespace: "default", name: "patient").deletionTimestamp == nil)
        cluster.advance(seconds: 60)
        #expect(try cluster.get(.pods, namespace: "default", name: "patient").deletionTimestamp != nil)
        let event = cluster.list(.events, namespace: "default").first { $0.value["reason"].string == "TaintManagerEviction" }
        #expect(event?.value["message"].string == "Marking for deletion Pod default/brief")
    }
}
