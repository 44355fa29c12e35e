import KubeAPI
import Testing

@testable import Cluster

@Suite("The control-plane node's container stops: the API is gone, kubelets carry on, controllers wait")
struct ControlPlaneStopTests {
    typealias F = NodeFixture
    private let controlPlane = "tk8s-control-plane"

    private func restarts(_ cluster: Cluster, _ name: String) throws -> Int {
        try cluster.get(.pods, namespace: "default", name: name)[path: "status.containerStatuses"][0]["restartCount"]
            .int ?? 0
    }

    @Test("the apiserver answers in the world as it starts, not while its node is stopped, and again once restarted")
    func apiServerServing() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.isAPIServerServing)
        cluster.stopNode(controlPlane, exitCode: 137)
        #expect(!cluster.isAPIServerServing)
        cluster.advance(seconds: 60)
        cluster.startNode(controlPlane)
        #expect(!cluster.isAPIServerServing)
        cluster.advance(seconds: Int64(cluster.runtime.imagePresentSeconds))
        #expect(cluster.isAPIServerServing)
    }

    @Test("stopping a worker leaves the apiserver answering")
    func workerStop() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopNode("tk8s-worker1", exitCode: 137)
        #expect(cluster.isAPIServerServing)
    }

    @Test("while it is down, crash loops go on but no controller replaces, schedules or marks anything")
    func controllersWait() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 2))
        try cluster.create(
            F.pod(
                "crash",
                spec: [
                    "nodeName": "tk8s-worker1",
                    "containers": [["name": "c", "image": "busybox", "command": ["false"]]],
                ]))
        cluster.advance(seconds: 10)
        let before = try restarts(cluster, "crash")
        let pods = Set(cluster.list(.pods, namespace: "default").map(\.name))
        cluster.stopNode(controlPlane, exitCode: 137)
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 600)
        #expect(try restarts(cluster, "crash") > before)
        #expect(Set(cluster.list(.pods, namespace: "default").map(\.name)) == pods)
        let worker2 = try cluster.get(.nodes, namespace: nil, name: "tk8s-worker2")
        #expect(worker2[path: "spec.taints"].isNull)
    }

    @Test("back up, the node lifecycle controller registers every node and gives a silent kubelet a fresh grace period")
    func resume() throws {
        let cluster = try WorldFixture.tk8s()
        cluster.stopNode(controlPlane, exitCode: 137)
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 600)
        cluster.startNode(controlPlane)
        cluster.advance(seconds: Int64(cluster.runtime.imagePresentSeconds))
        let registered = cluster.list(.events, namespace: "default").filter {
            $0.value["reason"].string == "RegisteredNode"
        }
        #expect(registered.count == 3)
        func ready() throws -> String? {
            try cluster.get(.nodes, namespace: nil, name: "tk8s-worker2")[path: "status.conditions"].array
                .first { $0["type"].string == "Ready" }?["status"].string
        }
        cluster.advance(seconds: 39)
        #expect(try ready() == "True")
        cluster.advance(seconds: 1)
        #expect(try ready() == "Unknown")
    }

    @Test("back up, the controllers resume: a missing replica is made again")
    func controllersResume() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 2))
        cluster.advance(seconds: 10)
        cluster.stopNode(controlPlane, exitCode: 137)
        var deployment = try cluster.get(.deployments, namespace: "default", name: "web")
        deployment[path: "spec.replicas"] = 3
        try cluster.replace(deployment)
        #expect(cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") }.count == 2)
        cluster.startNode(controlPlane)
        cluster.advance(seconds: 10)
        #expect(cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("web-") }.count == 3)
    }

    @Test("back up, etcd renews every lease: events from before the outage live an hour from its end")
    func eventLeases() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 1))
        let names = { cluster.list(.events, namespace: "default").map(\.name) }
        let before = names()
        #expect(!before.isEmpty)
        cluster.stopNode(controlPlane, exitCode: 137)
        cluster.advance(seconds: 3000)
        cluster.startNode(controlPlane)
        cluster.advance(seconds: 3000)
        #expect(Set(before).isSubset(of: Set(names())))
        cluster.advance(seconds: 610)
        #expect(Set(before).isDisjoint(with: Set(names())))
    }

    @Test("back up, the taint eviction controller counts a pod's toleration of an unreachable node afresh")
    func evictionTimersRestart() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(F.deployment("web", replicas: 2))
        cluster.advance(seconds: 10)
        let onWorker2 = {
            cluster.list(.pods, namespace: "default").filter {
                $0.name.hasPrefix("web-") && $0.nodeName == "tk8s-worker2"
            }
        }
        #expect(!onWorker2().isEmpty)
        cluster.stopNode("tk8s-worker2", exitCode: 137)
        cluster.advance(seconds: 100)
        cluster.stopNode(controlPlane, exitCode: 137)
        cluster.advance(seconds: 300)
        cluster.startNode(controlPlane)
        cluster.advance(seconds: 290)
        #expect(onWorker2().allSatisfy { $0.deletionTimestamp == nil })
        cluster.advance(seconds: 20)
        #expect(onWorker2().allSatisfy { $0.deletionTimestamp != nil })
    }

    @Test("a kubelet's events from the outage are written when it ends if still retried (100 s), else lost")
    func unsentEvents() throws {
        let cluster = try WorldFixture.tk8s()
        let crash: [String: JSONValue] = [
            "nodeName": "tk8s-worker1", "containers": [["name": "c", "image": "busybox", "command": ["false"]]],
        ]
        try cluster.create(F.pod("crash", spec: crash))
        cluster.advance(seconds: 10)
        let stoppedAt = cluster.now
        cluster.stopNode(controlPlane, exitCode: 137)
        cluster.advance(seconds: 400)
        cluster.startNode(controlPlane)
        cluster.advance(seconds: Int64(cluster.runtime.imagePresentSeconds))
        let resumedAt = cluster.now
        let times = cluster.list(.events, namespace: "default")
            .filter {
                $0.value[path: "involvedObject.name"].string == "crash"
                    && $0.value[path: "source.component"].string == "kubelet"
            }
            .compactMap { $0.value["lastTimestamp"].string.flatMap(Timestamp.init(rfc3339:)) }
        let duringOutage = times.filter { $0 > stoppedAt }
        #expect(!duringOutage.isEmpty)
        #expect(duringOutage.allSatisfy { resumedAt.milliseconds(since: $0) <= 100_000 })
    }
}
