import KubeAPI
import Testing

@testable import Cluster

@Suite("kube-controller-manager's clients send 30 requests at once, then 20 a second")
struct ControllerClientRateLimitTests {
    @Test("the bucket gives its burst at once, then one token every 50 ms, and refills to the burst")
    func bucket() {
        var limiter = ClientRateLimiter.controllerManager
        let start = Timestamp(seconds: 1000)
        #expect(limiter.take(100, at: start) == 30)
        #expect(limiter.take(1, at: start.adding(milliseconds: 49)) == 0)
        #expect(limiter.time(holding: 20, after: start) == start.adding(seconds: 1))
        #expect(limiter.take(100, at: start.adding(seconds: 1)) == 20)
        #expect(limiter.available(at: start.adding(seconds: 60)) == 30)
    }

    @Test("a ReplicaSet of 100 has 30 pods at once, 70 after 2 s, all 100 after 4 s")
    func replicaSetScaleUp() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("big", replicas: 100))
        #expect(DeploymentFixture.activePods(cluster, "big").count == 30)
        cluster.advance(seconds: 2)
        #expect(DeploymentFixture.activePods(cluster, "big").count == 70)
        cluster.advance(seconds: 2)
        #expect(DeploymentFixture.activePods(cluster, "big").count == 100)
    }

    @Test("scaling to two billion replicas returns at once and creates pods at the client's pace")
    func hugeScaleUp() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("big", replicas: 2_000_000_000))
        cluster.advance(seconds: 10)
        #expect(DeploymentFixture.activePods(cluster, "big").count == 230)
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first { $0.name.hasPrefix("big-") })
        #expect(rs[path: "status.replicas"].int == 230)
    }

    @Test("scaling down deletes at the same pace, and the status follows the pods left")
    func scaleDown() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("big", replicas: 100))
        cluster.advance(seconds: 60)
        var deployment = try cluster.get(.deployments, namespace: "default", name: "big")
        deployment[path: "spec.replicas"] = 0
        try cluster.replace(deployment)
        #expect(DeploymentFixture.activePods(cluster, "big").count == 70)
        cluster.advance(seconds: 5)
        #expect(DeploymentFixture.activePods(cluster, "big").isEmpty)
    }

    @Test("a Job of huge parallelism starts its pods at the Job controller's pace")
    func jobParallelism() throws {
        let cluster = try WorldFixture.tk8s()
        let job = JobFixture.job(
            "many", command: ["sleep", "600"], extra: ["parallelism": 100_000, "completions": 100_000])
        try cluster.create(job)
        #expect(cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("many-") }.count == 30)
        cluster.advance(seconds: 3)
        let many = try cluster.get(.jobs, namespace: "default", name: "many")
        #expect(many[path: "status.active"].int == 90)
    }

    @Test("a Parallel StatefulSet of two billion creates members at its controller's pace")
    func parallelStatefulSet() throws {
        let cluster = try WorldFixture.tk8s()
        let labels: JSONValue = ["app": "db"]
        try cluster.create(
            KubeObject([
                "apiVersion": "apps/v1", "kind": "StatefulSet", "metadata": ["name": "db"],
                "spec": [
                    "replicas": 2_000_000_000, "podManagementPolicy": "Parallel", "serviceName": "db",
                    "selector": ["matchLabels": labels],
                    "template": [
                        "metadata": ["labels": labels], "spec": ["containers": [["name": "c", "image": "nginx"]]],
                    ],
                ],
            ]))
        cluster.advance(seconds: 1)
        let members = cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("db-") }
        #expect(members.count == 50)
        #expect(members.contains { $0.name == "db-49" })
    }
}

@Suite("The DaemonSet controller's client paces its creates too")
struct DaemonSetClientRateLimitTests {
    @Test("a DaemonSet over 40 eligible nodes has 30 pods at once and all 40 a second later")
    func daemonSetOverManyNodes() throws {
        let cluster = try WorldFixture.tk8s()
        for index in 0..<37 {
            try cluster.create(
                KubeObject([
                    "apiVersion": "v1", "kind": "Node",
                    "metadata": [
                        "name": .string("extra-\(index)"),
                        "labels": ["kubernetes.io/hostname": .string("extra-\(index)")],
                    ],
                ]))
        }
        let labels: JSONValue = ["app": "agent"]
        try cluster.create(
            KubeObject([
                "apiVersion": "apps/v1", "kind": "DaemonSet", "metadata": ["name": "agent"],
                "spec": [
                    "selector": ["matchLabels": labels],
                    "template": [
                        "metadata": ["labels": labels], "spec": ["containers": [["name": "c", "image": "busybox"]]],
                    ],
                ],
            ]))
        let agents = { cluster.list(.pods, namespace: "default").filter { $0.name.hasPrefix("agent-") }.count }
        #expect(agents() == 30)
        cluster.advance(seconds: 1)
        #expect(agents() == 40)
    }
}
