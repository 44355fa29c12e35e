import KubeAPI
import Testing

@testable import Cluster

@Suite("containerd stopped in a node: the kubelet reports the runtime down, the node is tainted not-ready")
struct ContainerdServiceTests {
    private func ready(_ cluster: Cluster, _ node: String) throws -> JSONValue {
        try #require(try cluster.get(.nodes, namespace: nil, name: node)[path: "status.conditions"].array.first {
            $0["type"].string == "Ready"
        })
    }

    private func taints(_ cluster: Cluster, _ node: String) throws -> [String] {
        try cluster.get(.nodes, namespace: nil, name: node)[path: "spec.taints"].array.map {
            "\($0["key"].string ?? ""):\($0["effect"].string ?? "")"
        }
    }

    @Test("Ready turns False 30-40 s after the stop, with kubelet's reason and message, and not-ready taints")
    func runtimeDown() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.stopContainerdService(on: "tk8s-worker2"))
        #expect(!cluster.stopContainerdService(on: "tk8s-worker2"))
        cluster.advance(seconds: 29)
        #expect(try ready(cluster, "tk8s-worker2")["status"].string == "True")
        cluster.advance(seconds: 11)
        let condition = try ready(cluster, "tk8s-worker2")
        #expect(condition["status"].string == "False")
        #expect(condition["reason"].string == "KubeletNotReady")
        #expect(condition["message"].string == "container runtime is down")
        #expect(try taints(cluster, "tk8s-worker2") == ["node.kubernetes.io/not-ready:NoSchedule", "node.kubernetes.io/not-ready:NoExecute"])
        #expect(try ready(cluster, "tk8s-worker1")["status"].string == "True")
    }

    @Test("after 3 minutes the failing PLEG joins the message; starting containerd makes the node Ready again")
    func plegAndRecovery() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopContainerdService(on: "tk8s-worker1")
        cluster.advance(seconds: 200)
        let message = try ready(cluster, "tk8s-worker1")["message"].string ?? ""
        #expect(message.hasPrefix("[container runtime is down, PLEG is not healthy: pleg was last seen active 3m"))
        #expect(message.hasSuffix(" ago; threshold is 3m0s]"))
        #expect(cluster.startContainerdService(on: "tk8s-worker1"))
        cluster.advance(seconds: 15)
        let condition = try ready(cluster, "tk8s-worker1")
        #expect(condition["status"].string == "True")
        #expect(condition["message"].string == "kubelet is posting ready status")
        #expect(try taints(cluster, "tk8s-worker1").isEmpty)
    }

    @Test("a restart within the threshold is never reported")
    func quickRestart() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopContainerdService(on: "tk8s-worker2")
        cluster.advance(seconds: 3)
        cluster.startContainerdService(on: "tk8s-worker2")
        cluster.advance(seconds: 120)
        #expect(try ready(cluster, "tk8s-worker2")["status"].string == "True")
    }

    @Test("a pod bound to the node waits while the runtime is down and starts once it is back")
    func podsWait() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopContainerdService(on: "tk8s-worker2")
        let pod = try AdmissionFixture.object(
            """
            apiVersion: v1
            kind: Pod
            metadata: {name: waits, namespace: default}
            spec: {nodeName: tk8s-worker2, containers: [{name: web, image: nginx}]}
            """)
        _ = try cluster.create(pod)
        cluster.advance(seconds: 20)
        #expect(try cluster.get(.pods, namespace: "default", name: "waits")[path: "status.podIP"].isNull)
        cluster.startContainerdService(on: "tk8s-worker2")
        cluster.advance(seconds: 1)
        cluster.advance(seconds: 60)
        let status = try cluster.get(.pods, namespace: "default", name: "waits")[path: "status"]
        #expect(status["phase"].string == "Running", "\(status["podIP"]) \(status["containerStatuses"])")
    }
}
