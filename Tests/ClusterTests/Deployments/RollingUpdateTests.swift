import Cluster
import KubeAPI
import Testing

@Suite("A Deployment rolls a new template out step by step, within its surge and unavailability budgets")
struct RollingUpdateTests {
    @Test("a new Deployment scales its first ReplicaSet to the replicas at once and becomes available")
    func create() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 3])
        cluster.advance(seconds: 30)
        let web = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(web.annotations["deployment.kubernetes.io/revision"] == "1")
        #expect(web[path: "status.availableReplicas"].int == 3)
        let conditions = web[path: "status.conditions"].array
        #expect(conditions.map { $0["reason"].string ?? "" } == ["MinimumReplicasAvailable", "NewReplicaSetAvailable"])
        let rs = try #require(cluster.list(.replicaSets, namespace: "default").first { $0.name.hasPrefix("web-") })
        #expect(conditions[1]["message"].string == "ReplicaSet \"\(rs.name)\" has successfully progressed.")
        #expect(rs.annotations["deployment.kubernetes.io/desired-replicas"] == "3")
        #expect(rs.annotations["deployment.kubernetes.io/max-replicas"] == "4")
        #expect(DeploymentFixture.events(cluster, "web") == ["Scaled up replica set \(rs.name) from 0 to 3"])
    }

    @Test("with 25%/25% of 3 the update surges by one pod and never drops below 3 available")
    func steps() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        cluster.advance(seconds: 30)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 3, "nginx:1.28": 1])
        for _ in 0..<60 {
            cluster.advance(seconds: 1)
            let pods = DeploymentFixture.activePods(cluster, "web")
            #expect(pods.count <= 4)
            #expect(pods.filter(\.isReadyForTest).count >= 3)
        }
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0, "nginx:1.28": 3])
        let names = cluster.list(.replicaSets, namespace: "default").filter { $0.name.hasPrefix("web-") }
            .sorted {
                ($0.annotations["deployment.kubernetes.io/revision"] ?? "")
                    < ($1.annotations["deployment.kubernetes.io/revision"] ?? "")
            }
            .map(\.name)
        let (old, new) = (names[0], names[1])
        #expect(
            DeploymentFixture.events(cluster, "web") == [
                "Scaled up replica set \(old) from 0 to 3", "Scaled up replica set \(new) from 0 to 1",
                "Scaled down replica set \(old) from 3 to 2", "Scaled up replica set \(new) from 1 to 2",
                "Scaled down replica set \(old) from 2 to 1", "Scaled up replica set \(new) from 2 to 3",
                "Scaled down replica set \(old) from 1 to 0",
            ])
        let web = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(web.annotations["deployment.kubernetes.io/revision"] == "2")
        #expect(web[path: "status.updatedReplicas"].int == 3 && web[path: "status.replicas"].int == 3)
    }

    @Test("maxUnavailable lets old pods go before new ones are ready")
    func unavailableFirst() throws {
        let cluster = try WorldFixture.tk8s()
        let strategy: JSONValue = ["type": "RollingUpdate", "rollingUpdate": ["maxSurge": 0, "maxUnavailable": 2]]
        try cluster.create(DeploymentFixture.deployment("web", replicas: 4, strategy: strategy))
        cluster.advance(seconds: 30)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 2, "nginx:1.28": 2])
        cluster.advance(seconds: 60)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0, "nginx:1.28": 4])
    }

    @Test("Recreate removes every old pod before the new ReplicaSet starts any")
    func recreate() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", strategy: ["type": "Recreate"]))
        cluster.advance(seconds: 30)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0])
        cluster.advance(seconds: 60)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0, "nginx:1.28": 3])
        #expect(DeploymentFixture.activePods(cluster, "web").count == 3)
    }

    @Test("a pod counts as available only once it has been ready for minReadySeconds")
    func minReadySeconds() throws {
        let (cluster, ready) = try readyWithMinReadySeconds(30)
        var web = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(web[path: "status.readyReplicas"].int == 3)
        #expect(web[path: "status.availableReplicas"].int == nil)
        cluster.advance(to: ready.adding(seconds: 31))
        web = try cluster.get(.deployments, namespace: "default", name: "web")
        #expect(web[path: "status.availableReplicas"].int == 3)
    }

    @Test("a ReplicaSet's availableReplicas also waits minReadySeconds, then syncs again on its own")
    func replicaSetMinReadySeconds() throws {
        let (cluster, ready) = try readyWithMinReadySeconds(30)
        let replicaSet = { cluster.list(.replicaSets, namespace: "default").first { $0.name.hasPrefix("web-") } }
        #expect(replicaSet()?[path: "spec.minReadySeconds"].int == 30)
        #expect(replicaSet()?[path: "status.readyReplicas"].int == 3)
        #expect(replicaSet()?[path: "status.availableReplicas"].int == nil)
        cluster.advance(to: ready.adding(seconds: 31))
        #expect(replicaSet()?[path: "status.availableReplicas"].int == 3)
    }

    /// A Deployment `web` of 3 with `minReadySeconds`, once all its pods are ready, and when that was.
    private func readyWithMinReadySeconds(_ seconds: Int) throws -> (Cluster, Timestamp) {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", extra: ["minReadySeconds": .int(seconds)]))
        _ = cluster.wait(timeoutSeconds: 60) {
            DeploymentFixture.activePods(cluster, "web").filter(\.isReadyForTest).count == 3
        }
        return (cluster, cluster.now)
    }

    @Test("a rollout that cannot finish is reported after progressDeadlineSeconds")
    func deadline() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", extra: ["progressDeadlineSeconds": 30]))
        cluster.advance(seconds: 20)
        var web = try cluster.get(.deployments, namespace: "default", name: "web")
        web[path: "spec.template.spec.nodeSelector"] = ["disk": "none"]
        try cluster.replace(web)
        cluster.advance(seconds: 40)
        let progressing = try cluster.get(.deployments, namespace: "default", name: "web")[path: "status.conditions"]
            .array
            .first { $0["type"].string == "Progressing" }
        #expect(progressing?["reason"].string == "ProgressDeadlineExceeded")
        #expect(progressing?["status"].string == "False")
        #expect(progressing?["message"].string?.hasSuffix("has timed out progressing.") == true)
    }
}

extension KubeObject {
    var isReadyForTest: Bool {
        self[path: "status.conditions"].array.contains { $0["type"].string == "Ready" && $0["status"].string == "True" }
    }
}
