import KubeAPI
import Testing

@testable import Cluster

/// Custom resources served from the established CustomResourceDefinitions (Canal's Calico kinds).
@Suite struct CustomResourceTests {
    @Test("discovery lists Calico's kinds from their definitions, cluster-scoped or namespaced as defined")
    func discovery() throws {
        let cluster = try WorldFixture.tk8s()
        let pools = try #require(cluster.servedResources.first { $0.plural == "ippools" })
        #expect(pools.group == "crd.projectcalico.org")
        #expect(pools.version == "v1")
        #expect(pools.kind == "IPPool")
        #expect(!pools.namespaced)
        #expect(cluster.servedResources.first { $0.plural == "networkpolicies" && $0.group == "crd.projectcalico.org" }?.namespaced == true)
    }

    @Test("the objects calico-node made are stored; the table is NAME and AGE")
    func objects() throws {
        let cluster = try WorldFixture.tk8s()
        let pools = try #require(cluster.customResourceTypes.first { $0.plural == "ippools" })
        let stored = cluster.list(pools)
        #expect(stored.map(\.name) == ["default-ipv4-ippool"])
        let table = cluster.table(pools, stored)
        #expect(table.columns.map(\.name) == ["Name", "Age"])
    }

    @Test("a custom resource can be created, read and deleted")
    func lifecycle() throws {
        let cluster = try WorldFixture.tk8s()
        let object = try AdmissionFixture.object(
            """
            apiVersion: crd.projectcalico.org/v1
            kind: NetworkSet
            metadata: {name: blocked, namespace: default}
            spec: {nets: [198.51.100.0/28]}
            """)
        let created = try cluster.create(object)
        #expect(created.metadata["generation"] == 1)
        let type = try #require(cluster.resourceType(apiVersion: "crd.projectcalico.org/v1", kind: "NetworkSet"))
        #expect(try cluster.get(type, namespace: "default", name: "blocked")[path: "spec.nets"] == ["198.51.100.0/28"])
        try cluster.delete(type, namespace: "default", name: "blocked")
        #expect(cluster.list(type, namespace: "default").isEmpty)
    }
}
