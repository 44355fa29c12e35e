import KubeAPI
import Testing
@testable import Cluster

@Suite struct FlowClassificationTests {
    private let cluster: Cluster

    init() throws { cluster = try WorldFixture.tk8s() }

    @Test func theKubeadmAdminFallsToGlobalDefault() throws {
        let flow = try #require(cluster.flowClassification(of: .resource(verb: "list", group: "", resource: "pods", namespace: "default"), as: nil))
        #expect(flow.flowSchema.name == "global-default" && flow.priorityLevel.name == "global-default")
    }

    @Test func healthChecksAreProbes() throws {
        let flow = try #require(cluster.flowClassification(of: .path("/readyz"), as: nil))
        #expect(flow.flowSchema.name == "probes" && flow.priorityLevel.name == "exempt")
    }

    @Test func systemMastersAreExempt() throws {
        let master = UserInfo(name: "root", groups: ["system:masters", "system:authenticated"])
        let flow = try #require(cluster.flowClassification(of: .path("/version"), as: master))
        #expect(flow.flowSchema.name == "exempt")
    }

    @Test func serviceAccountsHaveTheirOwnSchemas() throws {
        let system = UserInfo(name: "system:serviceaccount:kube-system:coredns", groups: ["system:serviceaccounts", "system:authenticated"])
        let other = UserInfo(name: "system:serviceaccount:default:default", groups: ["system:serviceaccounts", "system:authenticated"])
        let request = FlowRequest.resource(verb: "list", group: "", resource: "pods", namespace: "default")
        #expect(cluster.flowClassification(of: request, as: system)?.flowSchema.name == "kube-system-service-accounts")
        #expect(cluster.flowClassification(of: request, as: other)?.flowSchema.name == "service-accounts")
        let lease = FlowRequest.resource(verb: "get", group: "", resource: "configmaps", namespace: "kube-system")
        #expect(cluster.flowClassification(of: lease, as: system)?.flowSchema.name == "workload-leader-election")
    }
}
