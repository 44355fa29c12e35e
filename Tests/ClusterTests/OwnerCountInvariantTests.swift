@testable import Cluster
import KubeAPI
import Testing

/// The owners' count invariants: they hold once the controllers settle, and name the object when
/// a status is out of step with what it owns.
@Suite("Owner count invariants")
struct OwnerCountInvariantTests {
    @Test("a Deployment and a StatefulSet that settled break no invariant")
    func settledOwnersAreConsistent() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        try cluster.create(StatefulSetFixture.web(replicas: 2, policy: "Parallel"))
        cluster.advance(seconds: 30)
        #expect(cluster.invariantViolations().isEmpty)
    }

    @Test("a Deployment whose replica count is not its ReplicaSets' sum is reported")
    func deploymentCountMismatch() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(DeploymentFixture.deployment("web"))
        cluster.advance(seconds: 30)
        var deployment = try cluster.get(.deployments, namespace: "default", name: "web")
        deployment[path: "status.replicas"] = 5
        cluster.save(.deployments, deployment)
        #expect(cluster.invariantViolations() == ["deployment default/web reports 5 replicas but its ReplicaSets have 3"])
    }

    @Test("a StatefulSet whose replica count is not its member pods' is reported")
    func statefulSetCountMismatch() throws {
        let cluster = try WorldFixture.tk8s()
        try cluster.create(StatefulSetFixture.web(replicas: 2, policy: "Parallel"))
        cluster.advance(seconds: 30)
        var set = try cluster.get(.statefulSets, namespace: "default", name: "web")
        set[path: "status.replicas"] = 3
        cluster.save(.statefulSets, set)
        #expect(cluster.invariantViolations() == ["statefulset default/web reports 3 replicas but owns 2 pods"])
    }
}
