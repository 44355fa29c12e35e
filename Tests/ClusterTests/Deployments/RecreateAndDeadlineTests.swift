import Cluster
import KubeAPI
import Testing

@Suite("Recreate rollouts and the progress deadline")
struct RecreateAndDeadlineTests {
    private func progressing(_ cluster: Cluster, _ name: String) throws -> (String, String, String) {
        let deployment = try cluster.get(.deployments, namespace: "default", name: name)
        let condition = deployment[path: "status.conditions"].array.first { $0["type"].string == "Progressing" }
        return (
            condition?["status"].string ?? "", condition?["reason"].string ?? "", condition?["message"].string ?? ""
        )
    }

    @Test("Recreate scales the old ReplicaSet to 0 and the new one up only after the old pods are gone")
    func recreate() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", strategy: ["type": "Recreate"]))
        cluster.advance(seconds: 20)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0])
        cluster.advance(seconds: 20)
        #expect(DeploymentFixture.sizes(cluster, "web") == ["nginx:1.27": 0, "nginx:1.28": 3])
        let events = DeploymentFixture.events(cluster, "web")
        #expect(events.count == 3)
        #expect(events[1].hasPrefix("Scaled down replica set web-") && events[1].hasSuffix(" from 3 to 0"))
        #expect(events[2].hasPrefix("Scaled up replica set web-") && events[2].hasSuffix(" from 0 to 3"))
    }

    @Test("a rollout stuck on a missing image passes its deadline; a paused one does not")
    func deadline() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", extra: ["progressDeadlineSeconds": 60]))
        try cluster.create(DeploymentFixture.deployment("calm", extra: ["progressDeadlineSeconds": 60]))
        cluster.advance(seconds: 20)
        var calm = try cluster.get(.deployments, namespace: "default", name: "calm")
        calm[path: "spec.paused"] = true
        try cluster.replace(calm)
        try DeploymentFixture.setImage(cluster, "web", "nginx:no-such-tag")
        try DeploymentFixture.setImage(cluster, "calm", "nginx:no-such-tag")
        cluster.advance(seconds: 59)
        #expect(try progressing(cluster, "web").1 == "ReplicaSetUpdated")
        cluster.advance(seconds: 300)
        let (status, reason, message) = try progressing(cluster, "web")
        #expect(status == "False" && reason == "ProgressDeadlineExceeded")
        #expect(message.hasPrefix("ReplicaSet \"web-") && message.hasSuffix("\" has timed out progressing."))
        #expect(try progressing(cluster, "calm").1 == "DeploymentPaused")
    }
}
