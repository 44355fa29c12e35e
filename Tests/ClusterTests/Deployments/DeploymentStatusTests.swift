import Cluster
import KubeAPI
import Testing

@Suite("A Deployment's counts are what its ReplicaSets' status reports, as the controller reads them")
struct DeploymentStatusTests {
    /// The Deployment's replicas, ready and available counts, and the sums of its ReplicaSets'.
    private func counts(_ cluster: Cluster, _ name: String) throws -> (deployment: [Int], replicaSets: [Int]) {
        let fields = ["replicas", "readyReplicas", "availableReplicas"]
        let deployment = try cluster.get(.deployments, namespace: "default", name: name)
        let sets = cluster.list(.replicaSets, namespace: "default").filter { $0.name.hasPrefix(name + "-") }
        return (
            fields.map { deployment[path: "status.\($0)"].int ?? 0 },
            fields.map { field in sets.reduce(0) { $0 + ($1[path: "status.\(field)"].int ?? 0) } }
        )
    }

    @Test("with minReadySeconds, ready pods count as available for the Deployment once its ReplicaSet says so")
    func minReadySeconds() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web", extra: ["minReadySeconds": 40]))
        cluster.advance(seconds: 30)
        let early = try counts(cluster, "web")
        #expect(early.deployment == [3, 3, 0])
        #expect(early.deployment == early.replicaSets)
        cluster.advance(seconds: 40)
        let later = try counts(cluster, "web")
        #expect(later.deployment == [3, 3, 3])
        #expect(later.deployment == later.replicaSets)
    }

    @Test("during a rolling update the counts move with the ReplicaSets'")
    func rollingUpdate() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        cluster.advance(seconds: 30)
        try DeploymentFixture.setImage(cluster, "web", "nginx:1.28")
        for _ in 0..<40 {
            cluster.advance(seconds: 1)
            let now = try counts(cluster, "web")
            #expect(now.deployment == now.replicaSets)
        }
    }
}
