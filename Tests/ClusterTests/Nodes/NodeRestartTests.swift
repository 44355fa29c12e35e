@testable import Cluster
import KubeAPI
import Testing

@Suite("Node containers that stop and start, and host reboots: what the kubelet does when it comes back")
struct NodeRestartTests {
    typealias F = NodeFixture

    private func webPods(_ cluster: Cluster, on node: String) -> [KubeObject] {
        cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") && $0.nodeName == node }
    }

    private func restarts(_ pod: KubeObject) -> Int {
        pod[path: "status.containerStatuses"].array.reduce(0) { $0 + ($1["restartCount"].int ?? 0) }
    }

    @Test("pods on an unreachable node keep their container status but lose their Ready condition")
    func podsMarkedNotReady() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 4))
        cluster.advance(seconds: 30)
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 39)
        #expect(webPods(cluster, on: "tk8s-worker2").allSatisfy { $0.isReady })
        cluster.advance(seconds: 1)
        let pods = webPods(cluster, on: "tk8s-worker2")
        #expect(!pods.isEmpty)
        #expect(pods.allSatisfy { !$0.isReady })
        #expect(pods.allSatisfy { $0[path: "status.containerStatuses"].array.allSatisfy { $0["ready"].bool == true } })
        let events = cluster.list(.events, namespace: "default").filter {
            $0.value["reason"].string == "NodeNotReady" && $0.value[path: "involvedObject.kind"].string == "Pod"
        }
        #expect(events.count == pods.count)
        #expect(events.allSatisfy { $0.value["message"].string == "Node is not ready" && $0.value["type"].string == "Warning" })
    }

    @Test("a stopped kubelet starts nothing: a pod bound to its node stays Pending")
    func stoppedKubeletStartsNothing() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        try cluster.create(F.pod("pinned", spec: ["nodeName": "tk8s-worker2"]))
        cluster.advance(seconds: 20)
        let pod = try cluster.get(.pods, namespace: "default", name: "pinned")
        #expect(pod[path: "status.containerStatuses"].isNull)
        #expect(cluster.nodeContainer("tk8s-worker2")?.isRunning == false)
        #expect(cluster.nodeContainer("tk8s-worker2")?.exitCode == 137)
    }

    @Test("started again, the kubelet restarts each pod in a new sandbox: one more restart, a new IP")
    func restartInNewSandbox() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 4))
        cluster.advance(seconds: 30)
        let before = webPods(cluster, on: "tk8s-worker2")
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 20)
        cluster.startNode("tk8s-worker2")
        #expect(cluster.nodeContainer("tk8s-worker2")?.startedAt == cluster.now)
        cluster.advance(seconds: 10)
        for pod in before {
            let now = try cluster.get(.pods, namespace: "default", name: pod.name)
            #expect(restarts(now) == restarts(pod) + 1)
            #expect(now[path: "status.podIP"].string != pod[path: "status.podIP"].string)
            let last = now[path: "status.containerStatuses"].array.first?[path: "lastState.terminated"]
            #expect(last?["exitCode"].int == 255)
            #expect(last?["reason"].string == "Unknown")
            #expect(now.isReady)
        }
        let events = cluster.list(.events, namespace: nil).filter { $0.value["reason"].string == "Starting" }
        #expect(events.map { $0.value["message"].string } == ["Starting kubelet."])
    }

    @Test("a host reboot restarts every pod once, moves the clock by the time the host is down, and no node turns NotReady")
    func hostReboot() throws {
        let cluster = try WorldFixture.tk8s()
        let before = cluster.list(.pods)
        let start = cluster.now
        cluster.rebootHost(downSeconds: 45)
        #expect(cluster.now == start.adding(seconds: 45))
        cluster.advance(seconds: 5)
        for pod in before {
            let now = try cluster.get(.pods, namespace: pod.namespace, name: pod.name)
            #expect(restarts(now) == restarts(pod) + pod[path: "spec.containers"].array.count)
            if pod[path: "spec.hostNetwork"].bool == true {
                #expect(now[path: "status.podIP"] == pod[path: "status.podIP"])
            } else {
                #expect(now[path: "status.podIP"] != pod[path: "status.podIP"])
            }
        }
        for node in cluster.list(.nodes) {
            #expect(node.isReady)
            #expect(cluster.nodeContainer(node.name)?.startedAt == start.adding(seconds: 45))
        }
        #expect(!cluster.list(.events, namespace: nil).contains { $0.value["reason"].string == "NodeNotReady" })
    }
}
