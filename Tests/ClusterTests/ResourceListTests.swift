import KubeAPI
import Testing
@testable import Cluster

@Suite struct ResourceListTests {
    private let cluster: Cluster

    init() throws { cluster = try WorldFixture.tk8s() }

    private func names(_ groupVersion: String) -> [String] {
        cluster.apiResourceList(groupVersion: groupVersion)?["resources"].array.compactMap { $0["name"].string } ?? []
    }

    @Test func resourcesAndSubresourcesAreSortedByName() {
        let apps = names("apps/v1")
        #expect(apps == apps.sorted())
        #expect(apps.contains("deployments/scale") && apps.contains("statefulsets/status"))
        #expect(names("v1").starts(with: ["bindings", "componentstatuses", "configmaps"]))
    }

    /// The hashes real clusters show: `xPOwRZ+Yhw8=` for pods, and the core Event's for
    /// events.k8s.io's view of them, as it is stored.
    @Test func storageVersionHashesAreTheStorageVersions() {
        func hash(_ groupVersion: String, _ name: String) -> String? {
            cluster.apiResourceList(groupVersion: groupVersion)?["resources"].array.first { $0["name"].string == name }?["storageVersionHash"].string
        }
        #expect(hash("v1", "pods") == "xPOwRZ+Yhw8=")
        #expect(hash("events.k8s.io/v1", "events") == hash("v1", "events"))
        #expect(hash("autoscaling/v1", "horizontalpodautoscalers") == hash("autoscaling/v2", "horizontalpodautoscalers"))
        #expect(hash("v1", "bindings") == nil && hash("v1", "componentstatuses") == nil)
    }

    @Test func onlyGroupDocumentsCarryAnAPIVersion() {
        #expect(cluster.apiResourceList(groupVersion: "v1")?["apiVersion"] == .null)
        #expect(cluster.apiResourceList(groupVersion: "apps/v1")?["apiVersion"] == "v1")
        #expect(cluster.apiResourceList(groupVersion: "nothing/v1") == nil)
    }

    @Test func subresourcesNameTheirKinds() throws {
        let eviction = try #require(cluster.apiResourceList(groupVersion: "v1")?["resources"].array.first { $0["name"].string == "pods/eviction" })
        #expect(eviction["group"] == "policy" && eviction["version"] == "v1" && eviction["kind"] == "Eviction")
        #expect(eviction["singularName"] == "")
    }
}
