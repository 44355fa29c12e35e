import Cluster
import KubeAPI
import Testing

@Suite("Cluster invariants")
struct InvariantTests {
    @Test("the restored world and a cluster after pod churn break no invariant")
    func settledClusterIsConsistent() throws {
        let cluster = try WorldFixture.tk8s()
        #expect(cluster.invariantViolations().isEmpty)
        try cluster.delete(.pods, namespace: "kube-system", name: "coredns-66967f4c59-sc4gn")
        cluster.advance(seconds: 30)
        #expect(cluster.invariantViolations().isEmpty)
    }
}
