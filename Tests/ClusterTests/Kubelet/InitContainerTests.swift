@testable import Cluster
import KubeAPI
import Testing

@Suite("Init containers run to completion, one at a time, before the app containers")
struct InitContainerTests {
    static func pod(_ name: String, initCommand: [String], restartPolicy: String = "Always") -> KubeObject {
        KubeObject([
            "apiVersion": "v1", "kind": "Pod", "metadata": ["name": .string(name)],
            "spec": [
                "restartPolicy": .string(restartPolicy),
                "initContainers": [["name": "setup", "image": "busybox", "command": .array(initCommand.map(JSONValue.string))]],
                "containers": [["name": "app", "image": "registry.k8s.io/pause:3.10"]],
            ],
        ])
    }

    static func initStatus(_ cluster: Cluster, _ name: String) -> JSONValue {
        (try? cluster.get(.pods, namespace: "default", name: name))?[path: "status.initContainerStatuses"][0] ?? .null
    }

    static func condition(_ cluster: Cluster, _ name: String, _ type: String) -> JSONValue {
        (try? cluster.get(.pods, namespace: "default", name: name))?[path: "status.conditions"].array
            .first { $0["type"].string == type } ?? .null
    }

    @Test("the app container waits in PodInitializing until the init container exits 0")
    func runsInOrder() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("web", initCommand: ["sleep", "10"]))
        cluster.advance(seconds: 5)
        #expect(!Self.initStatus(cluster, "web")[path: "state.running"].isNull)
        #expect(KubeletFixture.status(cluster, "web")[path: "state.waiting.reason"].string == "PodInitializing")
        #expect(Self.condition(cluster, "web", "Initialized")["status"].string == "False")
        #expect(Self.condition(cluster, "web", "Initialized")["message"].string == "containers with incomplete status: [setup]")
        #expect(KubeletFixture.phase(cluster, "web") == "Pending")
        cluster.advance(seconds: 10)
        #expect(Self.initStatus(cluster, "web")[path: "state.terminated.reason"].string == "Completed")
        #expect(Self.condition(cluster, "web", "Initialized")["status"].string == "True")
        #expect(KubeletFixture.phase(cluster, "web") == "Running")
        let started = try #require(KubeletFixture.event(cluster, about: "web", reason: "Started"))
        #expect(started.value["involvedObject"]["fieldPath"].string == "spec.initContainers{setup}")
    }

    @Test("a failing init container restarts with back-off and the app container never starts")
    func crashLoops() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("web", initCommand: ["false"]))
        cluster.advance(seconds: 60)
        #expect(Self.initStatus(cluster, "web")[path: "state.waiting.reason"].string == "CrashLoopBackOff")
        #expect((Self.initStatus(cluster, "web")["restartCount"].int ?? 0) >= 2)
        #expect(KubeletFixture.status(cluster, "web")[path: "state.waiting.reason"].string == "PodInitializing")
    }

    @Test("with restartPolicy Never a failing init container fails the pod")
    func failsThePod() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(Self.pod("web", initCommand: ["sh", "-c", "exit 2"], restartPolicy: "Never"))
        cluster.advance(seconds: 10)
        #expect(KubeletFixture.phase(cluster, "web") == "Failed")
        #expect(Self.initStatus(cluster, "web")[path: "state.terminated.exitCode"].int == 2)
    }
}
